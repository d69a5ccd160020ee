/** How model objects bind to JSON; not an API, may change in any release. */
@NullMarked
package com.tripwirejs.model.internal.json;

import org.jspecify.annotations.NullMarked;
