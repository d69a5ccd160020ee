package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether a decision may still change. */
public final class DecisionStatus extends OpenEnum<DecisionStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The decision may still change as more of the session is analyzed ({@code preliminary}). */
    PRELIMINARY,
    /** The decision is final ({@code final}). */
    FINAL
  }

  private static final EnumValues<Known, DecisionStatus> VALUES =
      EnumValues.lowerCase(Known.class, DecisionStatus::new);

  /** The decision may still change as more of the session is analyzed ({@code preliminary}). */
  public static final DecisionStatus PRELIMINARY = VALUES.get(Known.PRELIMINARY);

  /** The decision is final ({@code final}). */
  public static final DecisionStatus FINAL = VALUES.get(Known.FINAL);

  private DecisionStatus(String value, @Nullable Known known) {
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
