package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a session was matched to its visitor fingerprint. */
public final class FingerprintResolutionMethod extends OpenEnum<FingerprintResolutionMethod.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Continued from an earlier session of the visitor ({@code continuity}). */
    CONTINUITY,
    /** Matched by the fingerprint ({@code fingerprint}). */
    FINGERPRINT,
    /** Matched by a fingerprint that changed over time ({@code fingerprint_evolution}). */
    FINGERPRINT_EVOLUTION,
    /** A new visitor ({@code new}). */
    NEW,
    /** Matched by a native app's persistent device identity ({@code native_persistent}). */
    NATIVE_PERSISTENT,
    /** A new native app device identity ({@code native_new}). */
    NATIVE_NEW,
    /** An existing visitor ({@code existing}). */
    EXISTING,
    /** Not known ({@code unknown}). */
    UNKNOWN
  }

  private static final EnumValues<Known, FingerprintResolutionMethod> VALUES =
      EnumValues.lowerCase(Known.class, FingerprintResolutionMethod::new);

  /** Continued from an earlier session of the visitor ({@code continuity}). */
  public static final FingerprintResolutionMethod CONTINUITY = VALUES.get(Known.CONTINUITY);

  /** Matched by the fingerprint ({@code fingerprint}). */
  public static final FingerprintResolutionMethod FINGERPRINT = VALUES.get(Known.FINGERPRINT);

  /** Matched by a fingerprint that changed over time ({@code fingerprint_evolution}). */
  public static final FingerprintResolutionMethod FINGERPRINT_EVOLUTION =
      VALUES.get(Known.FINGERPRINT_EVOLUTION);

  /** A new visitor ({@code new}). */
  public static final FingerprintResolutionMethod NEW = VALUES.get(Known.NEW);

  /** Matched by a native app's persistent device identity ({@code native_persistent}). */
  public static final FingerprintResolutionMethod NATIVE_PERSISTENT =
      VALUES.get(Known.NATIVE_PERSISTENT);

  /** A new native app device identity ({@code native_new}). */
  public static final FingerprintResolutionMethod NATIVE_NEW = VALUES.get(Known.NATIVE_NEW);

  /** An existing visitor ({@code existing}). */
  public static final FingerprintResolutionMethod EXISTING = VALUES.get(Known.EXISTING);

  /** Not known ({@code unknown}). */
  public static final FingerprintResolutionMethod UNKNOWN = VALUES.get(Known.UNKNOWN);

  private FingerprintResolutionMethod(String value, @Nullable Known known) {
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
  public static FingerprintResolutionMethod of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<FingerprintResolutionMethod> knownValues() {
    return VALUES.values();
  }
}
