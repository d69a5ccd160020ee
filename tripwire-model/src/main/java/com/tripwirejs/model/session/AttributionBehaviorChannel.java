package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Attribution Behavior Channel. */
public final class AttributionBehaviorChannel extends OpenEnum<AttributionBehaviorChannel.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code typing}. */
    TYPING,
    /** {@code form}. */
    FORM,
    /** {@code mouse}. */
    MOUSE,
    /** {@code touch}. */
    TOUCH,
    /** {@code scroll}. */
    SCROLL,
    /** {@code clipboard}. */
    CLIPBOARD
  }

  private static final EnumValues<Known, AttributionBehaviorChannel> VALUES =
      EnumValues.lowerCase(Known.class, AttributionBehaviorChannel::new);

  /** {@code typing}. */
  public static final AttributionBehaviorChannel TYPING = VALUES.get(Known.TYPING);

  /** {@code form}. */
  public static final AttributionBehaviorChannel FORM = VALUES.get(Known.FORM);

  /** {@code mouse}. */
  public static final AttributionBehaviorChannel MOUSE = VALUES.get(Known.MOUSE);

  /** {@code touch}. */
  public static final AttributionBehaviorChannel TOUCH = VALUES.get(Known.TOUCH);

  /** {@code scroll}. */
  public static final AttributionBehaviorChannel SCROLL = VALUES.get(Known.SCROLL);

  /** {@code clipboard}. */
  public static final AttributionBehaviorChannel CLIPBOARD = VALUES.get(Known.CLIPBOARD);

  private AttributionBehaviorChannel(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
