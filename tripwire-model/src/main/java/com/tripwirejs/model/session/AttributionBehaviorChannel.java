package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The input channel in which a behavior was observed. */
public final class AttributionBehaviorChannel extends OpenEnum<AttributionBehaviorChannel.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Typing ({@code typing}). */
    TYPING,
    /** Form filling ({@code form}). */
    FORM,
    /** Mouse movement ({@code mouse}). */
    MOUSE,
    /** Touch input ({@code touch}). */
    TOUCH,
    /** Scrolling ({@code scroll}). */
    SCROLL,
    /** Clipboard use ({@code clipboard}). */
    CLIPBOARD
  }

  private static final EnumValues<Known, AttributionBehaviorChannel> VALUES =
      EnumValues.lowerCase(Known.class, AttributionBehaviorChannel::new);

  /** Typing ({@code typing}). */
  public static final AttributionBehaviorChannel TYPING = VALUES.get(Known.TYPING);

  /** Form filling ({@code form}). */
  public static final AttributionBehaviorChannel FORM = VALUES.get(Known.FORM);

  /** Mouse movement ({@code mouse}). */
  public static final AttributionBehaviorChannel MOUSE = VALUES.get(Known.MOUSE);

  /** Touch input ({@code touch}). */
  public static final AttributionBehaviorChannel TOUCH = VALUES.get(Known.TOUCH);

  /** Scrolling ({@code scroll}). */
  public static final AttributionBehaviorChannel SCROLL = VALUES.get(Known.SCROLL);

  /** Clipboard use ({@code clipboard}). */
  public static final AttributionBehaviorChannel CLIPBOARD = VALUES.get(Known.CLIPBOARD);

  private AttributionBehaviorChannel(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * Returns the value the API writes as {@code value}: one of the constants above, or an unknown
   * value that keeps the string.
   *
   * @param value the value as the API writes it
   * @return the constant or unknown value
   */
  @JsonCreator
  public static AttributionBehaviorChannel of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<AttributionBehaviorChannel> knownValues() {
    return VALUES.values();
  }
}
