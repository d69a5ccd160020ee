package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether a Gate service takes signups. */
public final class GateServiceStatus extends OpenEnum<GateServiceStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The service is active ({@code active}). */
    ACTIVE,
    /** The service is disabled ({@code disabled}); disabling a service is a soft delete. */
    DISABLED
  }

  private static final EnumValues<Known, GateServiceStatus> VALUES =
      EnumValues.lowerCase(Known.class, GateServiceStatus::new);

  /** The service is active ({@code active}). */
  public static final GateServiceStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** The service is disabled ({@code disabled}); disabling a service is a soft delete. */
  public static final GateServiceStatus DISABLED = VALUES.get(Known.DISABLED);

  private GateServiceStatus(String value, @Nullable Known known) {
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
  public static GateServiceStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<GateServiceStatus> knownValues() {
    return VALUES.values();
  }
}
