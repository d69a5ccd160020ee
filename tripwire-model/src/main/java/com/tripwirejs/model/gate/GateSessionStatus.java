package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Gate Session Status. */
public final class GateSessionStatus extends OpenEnum<GateSessionStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code pending}. */
    PENDING,
    /** {@code approved}. */
    APPROVED,
    /** {@code rejected}. */
    REJECTED,
    /** {@code expired}. */
    EXPIRED
  }

  private static final EnumValues<Known, GateSessionStatus> VALUES =
      EnumValues.lowerCase(Known.class, GateSessionStatus::new);

  /** {@code pending}. */
  public static final GateSessionStatus PENDING = VALUES.get(Known.PENDING);

  /** {@code approved}. */
  public static final GateSessionStatus APPROVED = VALUES.get(Known.APPROVED);

  /** {@code rejected}. */
  public static final GateSessionStatus REJECTED = VALUES.get(Known.REJECTED);

  /** {@code expired}. */
  public static final GateSessionStatus EXPIRED = VALUES.get(Known.EXPIRED);

  private GateSessionStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static GateSessionStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<GateSessionStatus> knownValues() {
    return VALUES.values();
  }
}
