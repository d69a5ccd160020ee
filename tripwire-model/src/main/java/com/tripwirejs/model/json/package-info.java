/** Reading and writing Tripwire JSON: the one shared configuration and its exception. */
@NullMarked
package com.tripwirejs.model.json;

import org.jspecify.annotations.NullMarked;
