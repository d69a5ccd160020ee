package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The phase of analysis in which a decision was made. */
public final class Phase extends OpenEnum<Phase.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /**
     * The snapshot phase ({@code snapshot}): an evaluation of the signals available at one point in
     * time.
     */
    SNAPSHOT,
    /**
     * The behavioral phase ({@code behavioral}): an evaluation that includes the visitor's
     * behavior.
     */
    BEHAVIORAL
  }

  private static final EnumValues<Known, Phase> VALUES =
      EnumValues.lowerCase(Known.class, Phase::new);

  /**
   * The snapshot phase ({@code snapshot}): an evaluation of the signals available at one point in
   * time.
   */
  public static final Phase SNAPSHOT = VALUES.get(Known.SNAPSHOT);

  /**
   * The behavioral phase ({@code behavioral}): an evaluation that includes the visitor's behavior.
   */
  public static final Phase BEHAVIORAL = VALUES.get(Known.BEHAVIORAL);

  private Phase(String value, @Nullable Known known) {
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
