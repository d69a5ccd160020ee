/**
 * The request pipeline the API client runs every call through; not an API, may change in any
 * release.
 */
@NullMarked
package com.tripwirejs.http.internal;

import org.jspecify.annotations.NullMarked;
