package com.tripwirejs.spring.boot.webhooks;

import com.tripwirejs.webhooks.WebhookVerificationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A webhook delivery that failed verification, raised instead of calling the controller method:
 * Spring answers it 400. Its message names the reason only, never a secret, header value or the
 * body. Handle it in a {@code @ControllerAdvice} to answer otherwise or count rejections.
 *
 * @serial exclude
 */
public class TripwireWebhookRejectedException extends ResponseStatusException {

  private static final long serialVersionUID = 1L;

  private final WebhookVerificationException.Reason reason;

  /**
   * A rejection for the reason the verifier gave.
   *
   * @param cause the verifier's exception
   */
  public TripwireWebhookRejectedException(WebhookVerificationException cause) {
    super(HttpStatus.BAD_REQUEST, "Webhook delivery rejected: " + cause.reason(), cause);
    this.reason = cause.reason();
  }

  /**
   * Why the delivery was rejected.
   *
   * @return the reason
   */
  public WebhookVerificationException.Reason reason() {
    return reason;
  }
}
