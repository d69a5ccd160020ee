package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Api Key Type. */
public final class ApiKeyType extends OpenEnum<ApiKeyType.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code publishable}. */
    PUBLISHABLE,
    /** {@code secret}. */
    SECRET
  }

  private static final EnumValues<Known, ApiKeyType> VALUES =
      EnumValues.lowerCase(Known.class, ApiKeyType::new);

  /** {@code publishable}. */
  public static final ApiKeyType PUBLISHABLE = VALUES.get(Known.PUBLISHABLE);

  /** {@code secret}. */
  public static final ApiKeyType SECRET = VALUES.get(Known.SECRET);

  private ApiKeyType(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static ApiKeyType of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<ApiKeyType> knownValues() {
    return VALUES.values();
  }
}
