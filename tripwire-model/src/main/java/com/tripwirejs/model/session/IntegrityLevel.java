package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Integrity Level. */
public final class IntegrityLevel extends OpenEnum<IntegrityLevel.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code clean}. */
    CLEAN,
    /** {@code notice}. */
    NOTICE,
    /** {@code elevated}. */
    ELEVATED,
    /** {@code high_risk}. */
    HIGH_RISK
  }

  private static final EnumValues<Known, IntegrityLevel> VALUES =
      EnumValues.lowerCase(Known.class, IntegrityLevel::new);

  /** {@code clean}. */
  public static final IntegrityLevel CLEAN = VALUES.get(Known.CLEAN);

  /** {@code notice}. */
  public static final IntegrityLevel NOTICE = VALUES.get(Known.NOTICE);

  /** {@code elevated}. */
  public static final IntegrityLevel ELEVATED = VALUES.get(Known.ELEVATED);

  /** {@code high_risk}. */
  public static final IntegrityLevel HIGH_RISK = VALUES.get(Known.HIGH_RISK);

  private IntegrityLevel(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
