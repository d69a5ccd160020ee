/**
 * Implementation of the Gate module: HKDF-SHA256 and X25519 key handling on Bouncy Castle. Not an
 * API; may change in any release.
 */
@NullMarked
package com.tripwirejs.gate.internal;

import org.jspecify.annotations.NullMarked;
