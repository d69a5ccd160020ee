package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The status of a Gate agent token. */
public final class AgentTokenStatus extends OpenEnum<AgentTokenStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The token is active ({@code active}). */
    ACTIVE,
    /** The token was revoked ({@code revoked}). */
    REVOKED
  }

  private static final EnumValues<Known, AgentTokenStatus> VALUES =
      EnumValues.lowerCase(Known.class, AgentTokenStatus::new);

  /** The token is active ({@code active}). */
  public static final AgentTokenStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** The token was revoked ({@code revoked}). */
  public static final AgentTokenStatus REVOKED = VALUES.get(Known.REVOKED);

  private AgentTokenStatus(String value, @Nullable Known known) {
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
  public static AgentTokenStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<AgentTokenStatus> knownValues() {
    return VALUES.values();
  }
}
