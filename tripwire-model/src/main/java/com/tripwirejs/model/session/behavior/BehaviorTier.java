package com.tripwirejs.model.session.behavior;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How strongly the behavior in a session's form fields points to automation or fraud. */
public final class BehaviorTier extends OpenEnum<BehaviorTier.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Nothing of note ({@code none}). */
    NONE,
    /** Some findings of note ({@code elevated}). */
    ELEVATED,
    /** Strong findings ({@code high}). */
    HIGH,
    /** Not enough behavior to judge ({@code unknown}). */
    UNKNOWN
  }

  private static final EnumValues<Known, BehaviorTier> VALUES =
      EnumValues.lowerCase(Known.class, BehaviorTier::new);

  /** Nothing of note ({@code none}). */
  public static final BehaviorTier NONE = VALUES.get(Known.NONE);

  /** Some findings of note ({@code elevated}). */
  public static final BehaviorTier ELEVATED = VALUES.get(Known.ELEVATED);

  /** Strong findings ({@code high}). */
  public static final BehaviorTier HIGH = VALUES.get(Known.HIGH);

  /** Not enough behavior to judge ({@code unknown}). */
  public static final BehaviorTier UNKNOWN = VALUES.get(Known.UNKNOWN);

  private BehaviorTier(String value, @Nullable Known known) {
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
  public static BehaviorTier of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<BehaviorTier> knownValues() {
    return VALUES.values();
  }
}
