package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The kind of an API key. */
public final class ApiKeyType extends OpenEnum<ApiKeyType.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** A publishable key ({@code publishable}, {@code pk_...}) for the browser and mobile SDKs. */
    PUBLISHABLE,
    /** A secret key ({@code secret}, {@code sk_...}) for servers; it carries scopes. */
    SECRET
  }

  private static final EnumValues<Known, ApiKeyType> VALUES =
      EnumValues.lowerCase(Known.class, ApiKeyType::new);

  /** A publishable key ({@code publishable}, {@code pk_...}) for the browser and mobile SDKs. */
  public static final ApiKeyType PUBLISHABLE = VALUES.get(Known.PUBLISHABLE);

  /** A secret key ({@code secret}, {@code sk_...}) for servers; it carries scopes. */
  public static final ApiKeyType SECRET = VALUES.get(Known.SECRET);

  private ApiKeyType(String value, @Nullable Known known) {
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
