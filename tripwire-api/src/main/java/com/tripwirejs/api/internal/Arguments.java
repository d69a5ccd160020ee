package com.tripwirejs.api.internal;

import java.util.Objects;

/** Checks of the arguments of operations, made before any I/O. */
public final class Arguments {

  private Arguments() {}

  /**
   * An identifier or name that must be present.
   *
   * @param value the argument
   * @param name its name, as the API reference spells it
   * @return the value
   * @throws IllegalArgumentException when it is blank
   * @throws NullPointerException when it is null
   */
  public static String requireNonBlank(String value, String name) {
    Objects.requireNonNull(value, () -> name + " must not be null");
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  /**
   * A string that must be present and at most {@code max} characters long, counted in code points
   * as the API's {@code maxLength} counts them.
   *
   * @param value the argument
   * @param name its name, as the API reference spells it
   * @param max the most characters allowed
   * @return the value
   * @throws IllegalArgumentException when it is blank or too long
   * @throws NullPointerException when it is null
   */
  public static String requireNonBlank(String value, String name, int max) {
    requireNonBlank(value, name);
    if (value.codePointCount(0, value.length()) > max) {
      throw new IllegalArgumentException(name + " must be at most " + max + " characters long");
    }
    return value;
  }

  /**
   * An object that must be present.
   *
   * @param value the argument
   * @param name its name
   * @param <T> its type
   * @return the value
   */
  public static <T> T requireNonNull(T value, String name) {
    return Objects.requireNonNull(value, () -> name + " must not be null");
  }
}
