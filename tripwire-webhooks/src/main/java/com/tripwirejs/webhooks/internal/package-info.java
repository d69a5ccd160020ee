/**
 * Implementation of the webhooks module: encodings, the cryptographic primitives and bounded
 * decompression. Not an API; may change in any release.
 */
@NullMarked
package com.tripwirejs.webhooks.internal;

import org.jspecify.annotations.NullMarked;
