package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** User Agent Alignment. */
public final class UserAgentAlignment extends OpenEnum<UserAgentAlignment.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code match}. */
    MATCH,
    /** {@code mismatch}. */
    MISMATCH,
    /** {@code unknown}. */
    UNKNOWN
  }

  private static final EnumValues<Known, UserAgentAlignment> VALUES =
      EnumValues.lowerCase(Known.class, UserAgentAlignment::new);

  /** {@code match}. */
  public static final UserAgentAlignment MATCH = VALUES.get(Known.MATCH);

  /** {@code mismatch}. */
  public static final UserAgentAlignment MISMATCH = VALUES.get(Known.MISMATCH);

  /** {@code unknown}. */
  public static final UserAgentAlignment UNKNOWN = VALUES.get(Known.UNKNOWN);

  private UserAgentAlignment(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static UserAgentAlignment of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<UserAgentAlignment> knownValues() {
    return VALUES.values();
  }
}
