package com.tripwirejs.micrometer;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Tag values of every convention; references no SDK module. */
final class Values {

  static final String NONE = "none";
  static final String OTHER = "other";

  /** A value from outside (an error code, an event type) is kept only in this shape. */
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_.\\-]{0,63}");

  private static final Pattern REASON = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

  private Values() {}

  /** A name from outside, or {@code none} when absent, {@code other} when not of a name's shape. */
  static String bounded(@Nullable String value) {
    if (value == null || value.isEmpty()) {
      return NONE;
    }
    return NAME.matcher(value).matches() ? value : OTHER;
  }

  /** A reason's name (an enum constant or a class name), else {@code other}. */
  static String reason(String reason) {
    return REASON.matcher(reason).matches() ? reason : OTHER;
  }
}
