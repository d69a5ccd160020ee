package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether a session is driven by automation, as the session detail states it. */
public final class AutomationStatus extends OpenEnum<AutomationStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The session is automated ({@code automated}). */
    AUTOMATED,
    /** The session is a human ({@code human}). */
    HUMAN,
    /** The evidence does not decide either way ({@code uncertain}). */
    UNCERTAIN
  }

  private static final EnumValues<Known, AutomationStatus> VALUES =
      EnumValues.lowerCase(Known.class, AutomationStatus::new);

  /** The session is automated ({@code automated}). */
  public static final AutomationStatus AUTOMATED = VALUES.get(Known.AUTOMATED);

  /** The session is a human ({@code human}). */
  public static final AutomationStatus HUMAN = VALUES.get(Known.HUMAN);

  /** The evidence does not decide either way ({@code uncertain}). */
  public static final AutomationStatus UNCERTAIN = VALUES.get(Known.UNCERTAIN);

  private AutomationStatus(String value, @Nullable Known known) {
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
  public static AutomationStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<AutomationStatus> knownValues() {
    return VALUES.values();
  }
}
