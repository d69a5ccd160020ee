package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Manipulation Verdict. */
public final class ManipulationVerdict extends OpenEnum<ManipulationVerdict.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code none}. */
    NONE,
    /** {@code low}. */
    LOW,
    /** {@code medium}. */
    MEDIUM,
    /** {@code high}. */
    HIGH
  }

  private static final EnumValues<Known, ManipulationVerdict> VALUES =
      EnumValues.lowerCase(Known.class, ManipulationVerdict::new);

  /** {@code none}. */
  public static final ManipulationVerdict NONE = VALUES.get(Known.NONE);

  /** {@code low}. */
  public static final ManipulationVerdict LOW = VALUES.get(Known.LOW);

  /** {@code medium}. */
  public static final ManipulationVerdict MEDIUM = VALUES.get(Known.MEDIUM);

  /** {@code high}. */
  public static final ManipulationVerdict HIGH = VALUES.get(Known.HIGH);

  private ManipulationVerdict(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
