package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether an API key works with live or with test data. */
public final class ApiKeyEnvironment extends OpenEnum<ApiKeyEnvironment.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Live data ({@code live}). */
    LIVE,
    /** Test data ({@code test}). */
    TEST
  }

  private static final EnumValues<Known, ApiKeyEnvironment> VALUES =
      EnumValues.lowerCase(Known.class, ApiKeyEnvironment::new);

  /** Live data ({@code live}). */
  public static final ApiKeyEnvironment LIVE = VALUES.get(Known.LIVE);

  /** Test data ({@code test}). */
  public static final ApiKeyEnvironment TEST = VALUES.get(Known.TEST);

  private ApiKeyEnvironment(String value, @Nullable Known known) {
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
  public static ApiKeyEnvironment of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<ApiKeyEnvironment> knownValues() {
    return VALUES.values();
  }
}
