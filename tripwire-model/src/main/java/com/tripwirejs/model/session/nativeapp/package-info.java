/**
 * The native app evidence of a session from the iOS and Android SDKs: runtime integrity checks
 * (jailbreak or root, hooks, debuggers, code signing, emulators), the app and its install, the
 * mobile carrier, the motion sensor print and the device identity. Every type here is null on a
 * session that did not come from a native app.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.session.nativeapp;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
