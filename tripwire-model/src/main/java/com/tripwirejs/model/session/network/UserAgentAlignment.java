package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether the connection fingerprints fit the browser the user agent claims. */
public final class UserAgentAlignment extends OpenEnum<UserAgentAlignment.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** They fit ({@code match}). */
    MATCH,
    /** They do not fit ({@code mismatch}). */
    MISMATCH,
    /** It cannot be told ({@code unknown}). */
    UNKNOWN
  }

  private static final EnumValues<Known, UserAgentAlignment> VALUES =
      EnumValues.lowerCase(Known.class, UserAgentAlignment::new);

  /** They fit ({@code match}). */
  public static final UserAgentAlignment MATCH = VALUES.get(Known.MATCH);

  /** They do not fit ({@code mismatch}). */
  public static final UserAgentAlignment MISMATCH = VALUES.get(Known.MISMATCH);

  /** It cannot be told ({@code unknown}). */
  public static final UserAgentAlignment UNKNOWN = VALUES.get(Known.UNKNOWN);

  private UserAgentAlignment(String value, @Nullable Known known) {
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
