/**
 * The Gate example, for services on a generation of the API that still has Gate: a delivery round
 * trip from the agent's side with {@code tripwire-gate}, against the fake started with Gate.
 */
@NullMarked
package com.tripwirejs.examples.gate;

import org.jspecify.annotations.NullMarked;
