package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Automation Status. */
public final class AutomationStatus extends OpenEnum<AutomationStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code automated}. */
    AUTOMATED,
    /** {@code human}. */
    HUMAN,
    /** {@code uncertain}. */
    UNCERTAIN
  }

  private static final EnumValues<Known, AutomationStatus> VALUES =
      EnumValues.lowerCase(Known.class, AutomationStatus::new);

  /** {@code automated}. */
  public static final AutomationStatus AUTOMATED = VALUES.get(Known.AUTOMATED);

  /** {@code human}. */
  public static final AutomationStatus HUMAN = VALUES.get(Known.HUMAN);

  /** {@code uncertain}. */
  public static final AutomationStatus UNCERTAIN = VALUES.get(Known.UNCERTAIN);

  private AutomationStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
