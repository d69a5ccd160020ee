package com.tripwirejs.model.webhook;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The type of a webhook event.
 *
 * <p>A value outside the known ones is kept as an unknown value with its string: a type added to
 * the API later, or one that only an older generation delivers, such as {@code
 * session.fingerprint.calculated}, which the API no longer sends.
 */
public final class WebhookEventType extends OpenEnum<WebhookEventType.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The result of a session was stored ({@code session.result.persisted}). */
    SESSION_RESULT_PERSISTED("session.result.persisted"),
    /** A person approved a Gate signup session ({@code gate.session.approved}). */
    GATE_SESSION_APPROVED("gate.session.approved"),
    /**
     * A test delivery that was requested for an endpoint ({@code webhook.test}); it is delivered,
     * but endpoints cannot subscribe to it.
     */
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

  /** The result of a session was stored ({@code session.result.persisted}). */
  public static final WebhookEventType SESSION_RESULT_PERSISTED =
      VALUES.get(Known.SESSION_RESULT_PERSISTED);

  /** A person approved a Gate signup session ({@code gate.session.approved}). */
  public static final WebhookEventType GATE_SESSION_APPROVED =
      VALUES.get(Known.GATE_SESSION_APPROVED);

  /**
   * A test delivery that was requested for an endpoint ({@code webhook.test}); it is delivered, but
   * endpoints cannot subscribe to it.
   */
  public static final WebhookEventType WEBHOOK_TEST = VALUES.get(Known.WEBHOOK_TEST);

  private WebhookEventType(String value, @Nullable Known known) {
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
