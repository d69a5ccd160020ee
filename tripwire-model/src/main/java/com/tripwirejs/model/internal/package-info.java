/** Implementation details of the model; not an API, may change in any release. */
@NullMarked
package com.tripwirejs.model.internal;

import org.jspecify.annotations.NullMarked;
