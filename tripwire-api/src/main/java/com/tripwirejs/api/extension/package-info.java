/**
 * The hook for the SDK's own extension modules: {@link
 * com.tripwirejs.api.extension.ClientExtensions}. Not for applications.
 */
@NullMarked
package com.tripwirejs.api.extension;

import org.jspecify.annotations.NullMarked;
