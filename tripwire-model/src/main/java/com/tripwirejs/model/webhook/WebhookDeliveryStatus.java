package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The state of a webhook delivery. */
public final class WebhookDeliveryStatus extends OpenEnum<WebhookDeliveryStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Waiting to be delivered ({@code pending}). */
    PENDING,
    /** Being delivered ({@code delivering}). */
    DELIVERING,
    /** Delivered ({@code succeeded}). */
    SUCCEEDED,
    /** Delivery failed ({@code failed}). */
    FAILED,
    /** Skipped ({@code skipped}). */
    SKIPPED
  }

  private static final EnumValues<Known, WebhookDeliveryStatus> VALUES =
      EnumValues.lowerCase(Known.class, WebhookDeliveryStatus::new);

  /** Waiting to be delivered ({@code pending}). */
  public static final WebhookDeliveryStatus PENDING = VALUES.get(Known.PENDING);

  /** Being delivered ({@code delivering}). */
  public static final WebhookDeliveryStatus DELIVERING = VALUES.get(Known.DELIVERING);

  /** Delivered ({@code succeeded}). */
  public static final WebhookDeliveryStatus SUCCEEDED = VALUES.get(Known.SUCCEEDED);

  /** Delivery failed ({@code failed}). */
  public static final WebhookDeliveryStatus FAILED = VALUES.get(Known.FAILED);

  /** Skipped ({@code skipped}). */
  public static final WebhookDeliveryStatus SKIPPED = VALUES.get(Known.SKIPPED);

  private WebhookDeliveryStatus(String value, @Nullable Known known) {
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
  public static WebhookDeliveryStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<WebhookDeliveryStatus> knownValues() {
    return VALUES.values();
  }
}
