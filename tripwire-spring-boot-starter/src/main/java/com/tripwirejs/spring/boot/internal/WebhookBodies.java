package com.tripwirejs.spring.boot.internal;

import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.spring.boot.webhooks.TripwireWebhook;
import com.tripwirejs.spring.boot.webhooks.TripwireWebhookRejectedException;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.MethodParameter;
import org.springframework.core.log.LogAccessor;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** What the servlet and reactive argument resolvers share. Not API. */
public final class WebhookBodies {

  private static final LogAccessor log = new LogAccessor(TripwireWebhook.class);

  private WebhookBodies() {}

  /**
   * Whether a parameter asks for a verified event.
   *
   * @param parameter the parameter
   * @return true for a {@code @TripwireWebhook} parameter
   * @throws IllegalStateException when it is annotated but of a type an event is not
   */
  public static boolean supports(MethodParameter parameter) {
    if (!parameter.hasParameterAnnotation(TripwireWebhook.class)) {
      return false;
    }
    if (!parameter.getParameterType().isAssignableFrom(WebhookEvent.class)) {
      throw new IllegalStateException(
          "A @TripwireWebhook parameter must be of type WebhookEvent, not "
              + parameter.getParameterType().getName()
              + " ("
              + parameter.getExecutable()
              + ")");
    }
    return true;
  }

  /**
   * The verifier, or a clear failure when the application has none.
   *
   * @param verifier the verifier bean, if any
   * @return the verifier
   */
  public static WebhookVerifier require(@Nullable WebhookVerifier verifier) {
    if (verifier == null) {
      throw new IllegalStateException(
          "@TripwireWebhook needs a WebhookVerifier: set tripwire.webhooks.signing-secrets"
              + " or define a WebhookVerifier bean");
    }
    return verifier;
  }

  /**
   * Reads a body of at most {@code max} bytes.
   *
   * @param in the body
   * @param max the limit
   * @return the bytes
   * @throws ResponseStatusException 413 when the body is longer
   * @throws IOException when reading fails
   */
  public static byte[] read(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    long total = 0;
    int n;
    while ((n = in.read(buffer)) != -1) {
      total += n;
      if (total > max) {
        throw tooLarge();
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  /**
   * The answer to a body over the limit.
   *
   * @return a 413 exception
   */
  public static ResponseStatusException tooLarge() {
    log.warn("Webhook delivery rejected: body larger than tripwire.webhooks.max-body-size");
    return new ResponseStatusException(
        HttpStatus.PAYLOAD_TOO_LARGE, "Webhook body larger than tripwire.webhooks.max-body-size");
  }

  /**
   * Verifies a delivery, turning a failure into the 400 answer.
   *
   * @param verifier the verifier
   * @param body the raw body
   * @param headers every header, name to values
   * @return the event
   * @throws TripwireWebhookRejectedException when the delivery fails verification
   */
  public static WebhookEvent verify(
      WebhookVerifier verifier, byte[] body, Map<String, List<String>> headers) {
    try {
      return verifier.verify(body, headers);
    } catch (WebhookVerificationException e) {
      log.warn(() -> "Webhook delivery rejected: " + e.reason());
      throw new TripwireWebhookRejectedException(e);
    }
  }
}
