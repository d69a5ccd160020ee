package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The status of a Gate signup or login session. */
public final class GateSessionStatus extends OpenEnum<GateSessionStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Waiting for a person to approve it ({@code pending}). */
    PENDING,
    /** A person approved it ({@code approved}). */
    APPROVED,
    /** A person rejected it ({@code rejected}). */
    REJECTED,
    /** It expired before anyone approved it ({@code expired}). */
    EXPIRED
  }

  private static final EnumValues<Known, GateSessionStatus> VALUES =
      EnumValues.lowerCase(Known.class, GateSessionStatus::new);

  /** Waiting for a person to approve it ({@code pending}). */
  public static final GateSessionStatus PENDING = VALUES.get(Known.PENDING);

  /** A person approved it ({@code approved}). */
  public static final GateSessionStatus APPROVED = VALUES.get(Known.APPROVED);

  /** A person rejected it ({@code rejected}). */
  public static final GateSessionStatus REJECTED = VALUES.get(Known.REJECTED);

  /** It expired before anyone approved it ({@code expired}). */
  public static final GateSessionStatus EXPIRED = VALUES.get(Known.EXPIRED);

  private GateSessionStatus(String value, @Nullable Known known) {
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
