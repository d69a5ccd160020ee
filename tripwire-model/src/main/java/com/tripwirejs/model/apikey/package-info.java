/**
 * API keys of an organization: the sealed {@link com.tripwirejs.model.apikey.ApiKey} with its
 * publishable and secret variants, the key returned with its full value when issued or rotated,
 * their scopes, and the request bodies that create and update a key.
 */
@NullMarked
@TripwireStyle
package com.tripwirejs.model.apikey;

import com.tripwirejs.model.internal.TripwireStyle;
import org.jspecify.annotations.NullMarked;
