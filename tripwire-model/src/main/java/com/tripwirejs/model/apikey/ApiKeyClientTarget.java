package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The client a publishable key is issued for: the browser SDK or a native mobile SDK. Chosen when
 * the key is created and not updatable.
 */
public final class ApiKeyClientTarget extends OpenEnum<ApiKeyClientTarget.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The browser SDK ({@code browser}). */
    BROWSER("browser"),
    /** The native iOS SDK ({@code native-ios}). */
    NATIVE_IOS("native-ios"),
    /** The native Android SDK ({@code native-android}). */
    NATIVE_ANDROID("native-android");

    private final String wireValue;

    Known(String wireValue) {
      this.wireValue = wireValue;
    }

    String wireValue() {
      return wireValue;
    }
  }

  private static final EnumValues<Known, ApiKeyClientTarget> VALUES =
      EnumValues.mapped(Known.class, Known::wireValue, ApiKeyClientTarget::new);

  /** The browser SDK ({@code browser}). */
  public static final ApiKeyClientTarget BROWSER = VALUES.get(Known.BROWSER);

  /** The native iOS SDK ({@code native-ios}). */
  public static final ApiKeyClientTarget NATIVE_IOS = VALUES.get(Known.NATIVE_IOS);

  /** The native Android SDK ({@code native-android}). */
  public static final ApiKeyClientTarget NATIVE_ANDROID = VALUES.get(Known.NATIVE_ANDROID);

  private ApiKeyClientTarget(String value, @Nullable Known known) {
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
  public static ApiKeyClientTarget of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<ApiKeyClientTarget> knownValues() {
    return VALUES.values();
  }
}
