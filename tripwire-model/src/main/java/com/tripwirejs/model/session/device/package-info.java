/**
 * The device evidence of a session: the device as detected (form factor, operating system, screen,
 * locale, capabilities) and the lower-level client telemetry behind it (navigator, storage, canvas,
 * graphics, audio, fonts, media devices). Telemetry values the browser did not report are null.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.session.device;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
