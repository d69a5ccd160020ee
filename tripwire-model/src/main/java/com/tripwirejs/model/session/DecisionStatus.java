package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Decision Status. */
public final class DecisionStatus extends OpenEnum<DecisionStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code preliminary}. */
    PRELIMINARY,
    /** {@code final}. */
    FINAL
  }

  private static final EnumValues<Known, DecisionStatus> VALUES =
      EnumValues.lowerCase(Known.class, DecisionStatus::new);

  /** {@code preliminary}. */
  public static final DecisionStatus PRELIMINARY = VALUES.get(Known.PRELIMINARY);

  /** {@code final}. */
  public static final DecisionStatus FINAL = VALUES.get(Known.FINAL);

  private DecisionStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static DecisionStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<DecisionStatus> knownValues() {
    return VALUES.values();
  }
}
