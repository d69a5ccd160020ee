/** A Spring Boot service with the Tripwire starter: {@link com.tripwirejs.examples.spring.FraudAlertsApplication}. */
@NullMarked
package com.tripwirejs.examples.spring;

import org.jspecify.annotations.NullMarked;
