package com.tripwirejs.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a JSON property that today's contract always sends but that answers of older generations
 * of the API lack (such as {@code client_user_id}, which Tripwire's answers do not have).
 *
 * <p>Reading an answer without the property is not an error: the accessor returns null and the
 * model object records the property in its {@code absentProperties()}, so that writing it back
 * leaves the property out again. A property present with a value of the wrong type is still an
 * error. Every model class with such a property declares an {@code absentProperties()} attribute.
 * Not for use outside the SDK.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AbsentInOlderGenerations {

  /**
   * Whether today's contract lets the property be null when it is present. False for a property
   * whose accessor is {@code @Nullable} only because older answers lack it: an explicit JSON null
   * is then an error, and a null value is written as the property left out.
   *
   * @return whether a present value may be null
   */
  boolean nullable() default true;
}
