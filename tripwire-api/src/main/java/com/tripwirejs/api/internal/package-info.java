/** How the client runs operations; not an API, may change in any release. */
@NullMarked
package com.tripwirejs.api.internal;

import org.jspecify.annotations.NullMarked;
