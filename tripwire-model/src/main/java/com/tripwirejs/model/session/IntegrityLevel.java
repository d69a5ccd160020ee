package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The grade of one runtime integrity check. */
public final class IntegrityLevel extends OpenEnum<IntegrityLevel.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Nothing found ({@code clean}). */
    CLEAN,
    /** Worth noting ({@code notice}). */
    NOTICE,
    /** Elevated risk ({@code elevated}). */
    ELEVATED,
    /** High risk ({@code high_risk}). */
    HIGH_RISK
  }

  private static final EnumValues<Known, IntegrityLevel> VALUES =
      EnumValues.lowerCase(Known.class, IntegrityLevel::new);

  /** Nothing found ({@code clean}). */
  public static final IntegrityLevel CLEAN = VALUES.get(Known.CLEAN);

  /** Worth noting ({@code notice}). */
  public static final IntegrityLevel NOTICE = VALUES.get(Known.NOTICE);

  /** Elevated risk ({@code elevated}). */
  public static final IntegrityLevel ELEVATED = VALUES.get(Known.ELEVATED);

  /** High risk ({@code high_risk}). */
  public static final IntegrityLevel HIGH_RISK = VALUES.get(Known.HIGH_RISK);

  private IntegrityLevel(String value, @Nullable Known known) {
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
  public static IntegrityLevel of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<IntegrityLevel> knownValues() {
    return VALUES.values();
  }
}
