/** The default transport, on Apache HttpClient 5 with pooled connections. */
@NullMarked
package com.tripwirejs.http.apache;

import org.jspecify.annotations.NullMarked;
