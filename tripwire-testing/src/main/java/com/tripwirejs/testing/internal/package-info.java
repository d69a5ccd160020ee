/** The fake's server, routes and state. Not API: may change in any release. */
@NullMarked
package com.tripwirejs.testing.internal;

import org.jspecify.annotations.NullMarked;
