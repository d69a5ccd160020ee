package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Webhook Endpoint Status. */
public final class WebhookEndpointStatus extends OpenEnum<WebhookEndpointStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code active}. */
    ACTIVE,
    /** {@code disabled}. */
    DISABLED
  }

  private static final EnumValues<Known, WebhookEndpointStatus> VALUES =
      EnumValues.lowerCase(Known.class, WebhookEndpointStatus::new);

  /** {@code active}. */
  public static final WebhookEndpointStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** {@code disabled}. */
  public static final WebhookEndpointStatus DISABLED = VALUES.get(Known.DISABLED);

  private WebhookEndpointStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
