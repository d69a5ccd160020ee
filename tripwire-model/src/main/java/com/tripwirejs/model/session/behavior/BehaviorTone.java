package com.tripwirejs.model.session.behavior;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a form field's entry reads, for display: from ordinary manual entry to a risk. */
public final class BehaviorTone extends OpenEnum<BehaviorTone.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Ordinary manual entry ({@code manual}). */
    MANUAL,
    /** Entry with help such as autofill or a password manager ({@code assisted}). */
    ASSISTED,
    /** Worth a look ({@code notice}). */
    NOTICE,
    /** Points to automation or fraud ({@code risk}). */
    RISK,
    /** Neither way ({@code neutral}). */
    NEUTRAL
  }

  private static final EnumValues<Known, BehaviorTone> VALUES =
      EnumValues.lowerCase(Known.class, BehaviorTone::new);

  /** Ordinary manual entry ({@code manual}). */
  public static final BehaviorTone MANUAL = VALUES.get(Known.MANUAL);

  /** Entry with help such as autofill or a password manager ({@code assisted}). */
  public static final BehaviorTone ASSISTED = VALUES.get(Known.ASSISTED);

  /** Worth a look ({@code notice}). */
  public static final BehaviorTone NOTICE = VALUES.get(Known.NOTICE);

  /** Points to automation or fraud ({@code risk}). */
  public static final BehaviorTone RISK = VALUES.get(Known.RISK);

  /** Neither way ({@code neutral}). */
  public static final BehaviorTone NEUTRAL = VALUES.get(Known.NEUTRAL);

  private BehaviorTone(String value, @Nullable Known known) {
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
  public static BehaviorTone of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<BehaviorTone> knownValues() {
    return VALUES.values();
  }
}
