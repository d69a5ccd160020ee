/** A transport on the JDK's own {@code java.net.http.HttpClient}, for builds without Apache HttpClient. */
@NullMarked
package com.tripwirejs.http.jdk;

import org.jspecify.annotations.NullMarked;
