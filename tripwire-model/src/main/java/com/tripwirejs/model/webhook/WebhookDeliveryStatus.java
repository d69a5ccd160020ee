package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Webhook Delivery Status. */
public final class WebhookDeliveryStatus extends OpenEnum<WebhookDeliveryStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code pending}. */
    PENDING,
    /** {@code delivering}. */
    DELIVERING,
    /** {@code succeeded}. */
    SUCCEEDED,
    /** {@code failed}. */
    FAILED,
    /** {@code skipped}. */
    SKIPPED
  }

  private static final EnumValues<Known, WebhookDeliveryStatus> VALUES =
      EnumValues.lowerCase(Known.class, WebhookDeliveryStatus::new);

  /** {@code pending}. */
  public static final WebhookDeliveryStatus PENDING = VALUES.get(Known.PENDING);

  /** {@code delivering}. */
  public static final WebhookDeliveryStatus DELIVERING = VALUES.get(Known.DELIVERING);

  /** {@code succeeded}. */
  public static final WebhookDeliveryStatus SUCCEEDED = VALUES.get(Known.SUCCEEDED);

  /** {@code failed}. */
  public static final WebhookDeliveryStatus FAILED = VALUES.get(Known.FAILED);

  /** {@code skipped}. */
  public static final WebhookDeliveryStatus SKIPPED = VALUES.get(Known.SKIPPED);

  private WebhookDeliveryStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
