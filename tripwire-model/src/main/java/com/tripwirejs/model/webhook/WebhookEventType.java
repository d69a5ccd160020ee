package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Webhook Event Type. */
public final class WebhookEventType extends OpenEnum<WebhookEventType.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code session.fingerprint.calculated}. */
    SESSION_FINGERPRINT_CALCULATED("session.fingerprint.calculated"),
    /** {@code session.result.persisted}. */
    SESSION_RESULT_PERSISTED("session.result.persisted"),
    /** {@code gate.session.approved}. */
    GATE_SESSION_APPROVED("gate.session.approved"),
    /** {@code webhook.test}. */
    WEBHOOK_TEST("webhook.test");

    private final String wireValue;

    Known(String wireValue) {
      this.wireValue = wireValue;
    }

    String wireValue() {
      return wireValue;
    }
  }

  private static final EnumValues<Known, WebhookEventType> VALUES =
      EnumValues.mapped(Known.class, Known::wireValue, WebhookEventType::new);

  /** {@code session.fingerprint.calculated}. */
  public static final WebhookEventType SESSION_FINGERPRINT_CALCULATED = VALUES.get(Known.SESSION_FINGERPRINT_CALCULATED);

  /** {@code session.result.persisted}. */
  public static final WebhookEventType SESSION_RESULT_PERSISTED = VALUES.get(Known.SESSION_RESULT_PERSISTED);

  /** {@code gate.session.approved}. */
  public static final WebhookEventType GATE_SESSION_APPROVED = VALUES.get(Known.GATE_SESSION_APPROVED);

  /** {@code webhook.test}. */
  public static final WebhookEventType WEBHOOK_TEST = VALUES.get(Known.WEBHOOK_TEST);

  private WebhookEventType(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static WebhookEventType of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<WebhookEventType> knownValues() {
    return VALUES.values();
  }
}
