package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Whether a webhook endpoint receives events. */
public final class WebhookEndpointStatus extends OpenEnum<WebhookEndpointStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The endpoint receives events ({@code active}). */
    ACTIVE,
    /** The endpoint is disabled and receives no events ({@code disabled}). */
    DISABLED
  }

  private static final EnumValues<Known, WebhookEndpointStatus> VALUES =
      EnumValues.lowerCase(Known.class, WebhookEndpointStatus::new);

  /** The endpoint receives events ({@code active}). */
  public static final WebhookEndpointStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** The endpoint is disabled and receives no events ({@code disabled}). */
  public static final WebhookEndpointStatus DISABLED = VALUES.get(Known.DISABLED);

  private WebhookEndpointStatus(String value, @Nullable Known known) {
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
  public static WebhookEndpointStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<WebhookEndpointStatus> knownValues() {
    return VALUES.values();
  }
}
