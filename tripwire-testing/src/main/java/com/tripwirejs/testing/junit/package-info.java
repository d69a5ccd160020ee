/** JUnit 5 support: a fake Tripwire API started around a test class. */
@NullMarked
package com.tripwirejs.testing.junit;

import org.jspecify.annotations.NullMarked;
