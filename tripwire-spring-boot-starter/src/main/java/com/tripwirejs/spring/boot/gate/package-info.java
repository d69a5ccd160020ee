/** Spring Boot auto-configuration of Gate (needs {@code tripwire-gate}). */
@NullMarked
package com.tripwirejs.spring.boot.gate;

import org.jspecify.annotations.NullMarked;
