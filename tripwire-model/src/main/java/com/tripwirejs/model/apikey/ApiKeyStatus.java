package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Api Key Status. */
public final class ApiKeyStatus extends OpenEnum<ApiKeyStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code active}. */
    ACTIVE,
    /** {@code rotating}. */
    ROTATING,
    /** {@code revoked}. */
    REVOKED
  }

  private static final EnumValues<Known, ApiKeyStatus> VALUES =
      EnumValues.lowerCase(Known.class, ApiKeyStatus::new);

  /** {@code active}. */
  public static final ApiKeyStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** {@code rotating}. */
  public static final ApiKeyStatus ROTATING = VALUES.get(Known.ROTATING);

  /** {@code revoked}. */
  public static final ApiKeyStatus REVOKED = VALUES.get(Known.REVOKED);

  private ApiKeyStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
