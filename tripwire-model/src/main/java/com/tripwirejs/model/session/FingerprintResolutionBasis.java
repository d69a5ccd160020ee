package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether a visitor fingerprint match is certain or a likelihood. */
public final class FingerprintResolutionBasis extends OpenEnum<FingerprintResolutionBasis.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /**
     * Deterministic: an exact identifier saved in an earlier session, a continuity token or a
     * device anchor ({@code deterministic}).
     */
    DETERMINISTIC,
    /** Probabilistic: a statistical fingerprint match ({@code probabilistic}). */
    PROBABILISTIC
  }

  private static final EnumValues<Known, FingerprintResolutionBasis> VALUES =
      EnumValues.lowerCase(Known.class, FingerprintResolutionBasis::new);

  /**
   * Deterministic: an exact identifier saved in an earlier session, a continuity token or a device
   * anchor ({@code deterministic}).
   */
  public static final FingerprintResolutionBasis DETERMINISTIC = VALUES.get(Known.DETERMINISTIC);

  /** Probabilistic: a statistical fingerprint match ({@code probabilistic}). */
  public static final FingerprintResolutionBasis PROBABILISTIC = VALUES.get(Known.PROBABILISTIC);

  private FingerprintResolutionBasis(String value, @Nullable Known known) {
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
  public static FingerprintResolutionBasis of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<FingerprintResolutionBasis> knownValues() {
    return VALUES.values();
  }
}
