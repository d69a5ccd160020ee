package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Phase. */
public final class Phase extends OpenEnum<Phase.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code snapshot}. */
    SNAPSHOT,
    /** {@code behavioral}. */
    BEHAVIORAL
  }

  private static final EnumValues<Known, Phase> VALUES =
      EnumValues.lowerCase(Known.class, Phase::new);

  /** {@code snapshot}. */
  public static final Phase SNAPSHOT = VALUES.get(Known.SNAPSHOT);

  /** {@code behavioral}. */
  public static final Phase BEHAVIORAL = VALUES.get(Known.BEHAVIORAL);

  private Phase(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static Phase of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<Phase> knownValues() {
    return VALUES.values();
  }
}
