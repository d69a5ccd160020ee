/** Internals of the starter; not API, may change in any release. */
@NullMarked
package com.tripwirejs.spring.boot.internal;

import org.jspecify.annotations.NullMarked;
