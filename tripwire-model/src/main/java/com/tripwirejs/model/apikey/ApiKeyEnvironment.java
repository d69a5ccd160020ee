package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Api Key Environment. */
public final class ApiKeyEnvironment extends OpenEnum<ApiKeyEnvironment.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code live}. */
    LIVE,
    /** {@code test}. */
    TEST
  }

  private static final EnumValues<Known, ApiKeyEnvironment> VALUES =
      EnumValues.lowerCase(Known.class, ApiKeyEnvironment::new);

  /** {@code live}. */
  public static final ApiKeyEnvironment LIVE = VALUES.get(Known.LIVE);

  /** {@code test}. */
  public static final ApiKeyEnvironment TEST = VALUES.get(Known.TEST);

  private ApiKeyEnvironment(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
