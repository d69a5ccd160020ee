/** Spring Boot auto-configuration of the SDK's Micrometer observations (needs {@code tripwire-micrometer}). */
@NullMarked
package com.tripwirejs.spring.boot.observation;

import org.jspecify.annotations.NullMarked;
