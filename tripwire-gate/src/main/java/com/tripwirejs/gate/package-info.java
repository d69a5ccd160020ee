/**
 * Gate: the registry of services agents can sign up for, the services an organization manages,
 * Gate sessions that deliver encrypted credentials, dashboard login sessions and agent tokens.
 */
@NullMarked
package com.tripwirejs.gate;

import org.jspecify.annotations.NullMarked;
