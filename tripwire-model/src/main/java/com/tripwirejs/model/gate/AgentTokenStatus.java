package com.tripwirejs.model.gate;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Agent Token Status. */
public final class AgentTokenStatus extends OpenEnum<AgentTokenStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code active}. */
    ACTIVE,
    /** {@code revoked}. */
    REVOKED
  }

  private static final EnumValues<Known, AgentTokenStatus> VALUES =
      EnumValues.lowerCase(Known.class, AgentTokenStatus::new);

  /** {@code active}. */
  public static final AgentTokenStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** {@code revoked}. */
  public static final AgentTokenStatus REVOKED = VALUES.get(Known.REVOKED);

  private AgentTokenStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
