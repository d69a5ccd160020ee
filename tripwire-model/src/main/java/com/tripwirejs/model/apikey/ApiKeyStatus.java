package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The lifecycle status of an API key. */
public final class ApiKeyStatus extends OpenEnum<ApiKeyStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The key is active ({@code active}). */
    ACTIVE,
    /** The key was rotated and its grace period is running ({@code rotating}). */
    ROTATING,
    /** The key was revoked ({@code revoked}). */
    REVOKED
  }

  private static final EnumValues<Known, ApiKeyStatus> VALUES =
      EnumValues.lowerCase(Known.class, ApiKeyStatus::new);

  /** The key is active ({@code active}). */
  public static final ApiKeyStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** The key was rotated and its grace period is running ({@code rotating}). */
  public static final ApiKeyStatus ROTATING = VALUES.get(Known.ROTATING);

  /** The key was revoked ({@code revoked}). */
  public static final ApiKeyStatus REVOKED = VALUES.get(Known.REVOKED);

  private ApiKeyStatus(String value, @Nullable Known known) {
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
  public static ApiKeyStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<ApiKeyStatus> knownValues() {
    return VALUES.values();
  }
}
