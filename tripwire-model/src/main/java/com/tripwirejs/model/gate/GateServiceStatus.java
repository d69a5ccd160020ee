package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Gate Service Status. */
public final class GateServiceStatus extends OpenEnum<GateServiceStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code active}. */
    ACTIVE,
    /** {@code disabled}. */
    DISABLED
  }

  private static final EnumValues<Known, GateServiceStatus> VALUES =
      EnumValues.lowerCase(Known.class, GateServiceStatus::new);

  /** {@code active}. */
  public static final GateServiceStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** {@code disabled}. */
  public static final GateServiceStatus DISABLED = VALUES.get(Known.DISABLED);

  private GateServiceStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
