package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The level of manipulation detected in a session. */
public final class ManipulationVerdict extends OpenEnum<ManipulationVerdict.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** No manipulation ({@code none}). */
    NONE,
    /** Low ({@code low}). */
    LOW,
    /** Medium ({@code medium}). */
    MEDIUM,
    /** High ({@code high}). */
    HIGH
  }

  private static final EnumValues<Known, ManipulationVerdict> VALUES =
      EnumValues.lowerCase(Known.class, ManipulationVerdict::new);

  /** No manipulation ({@code none}). */
  public static final ManipulationVerdict NONE = VALUES.get(Known.NONE);

  /** Low ({@code low}). */
  public static final ManipulationVerdict LOW = VALUES.get(Known.LOW);

  /** Medium ({@code medium}). */
  public static final ManipulationVerdict MEDIUM = VALUES.get(Known.MEDIUM);

  /** High ({@code high}). */
  public static final ManipulationVerdict HIGH = VALUES.get(Known.HIGH);

  private ManipulationVerdict(String value, @Nullable Known known) {
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
  public static ManipulationVerdict of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<ManipulationVerdict> knownValues() {
    return VALUES.values();
  }
}
