package com.tripwirejs.api.fingerprints;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The order of {@code fingerprints().list(...)}. */
public final class FingerprintSort extends OpenEnum<FingerprintSort.Known> {

  /** The orders this SDK version knows. */
  public enum Known {
    /** Most often seen first. */
    SEEN_COUNT,
    /** Most recently first seen first. */
    FIRST_SEEN
  }

  private static final EnumValues<Known, FingerprintSort> VALUES =
      EnumValues.lowerCase(Known.class, FingerprintSort::new);

  /** {@code seen_count}: most often seen first. */
  public static final FingerprintSort SEEN_COUNT = VALUES.get(Known.SEEN_COUNT);

  /** {@code first_seen}: most recently first seen first. */
  public static final FingerprintSort FIRST_SEEN = VALUES.get(Known.FIRST_SEEN);

  private FingerprintSort(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The order for a wire value, known or not.
   *
   * @param value the wire value
   * @return the order
   */
  @JsonCreator
  public static FingerprintSort of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every order this SDK version knows.
   *
   * @return the known orders
   */
  public static List<FingerprintSort> knownValues() {
    return VALUES.values();
  }
}
