package com.tripwirejs.webhooks;

import com.tripwirejs.model.Secret;
import com.tripwirejs.webhooks.internal.Encodings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Signs webhook bodies the way Tripwire does, for a receiver's own tests: the headers it produces
 * pass {@link WebhookVerifier} with the same signing secret.
 *
 * <pre>{@code
 * WebhookSignature signature = WebhookSigner.of("whsec_example").sign(body);
 * mockMvc.perform(post("/webhooks/tripwire")
 *     .header("X-Tripwire-Timestamp", signature.timestamp())
 *     .header("X-Tripwire-Signature", signature.signature())
 *     .content(body));
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class WebhookSigner {

  private final SigningKey key;
  private final Clock clock;

  private WebhookSigner(SigningKey key, Clock clock) {
    this.key = key;
    this.clock = clock;
  }

  /**
   * A signer for one signing secret that stamps the current time.
   *
   * @param signingSecret the endpoint's signing secret; must not be empty
   * @return the signer
   * @throws IllegalArgumentException if the secret is empty
   */
  public static WebhookSigner of(String signingSecret) {
    return of(Secret.of(signingSecret));
  }

  /**
   * A signer for one signing secret that stamps the current time.
   *
   * @param signingSecret the endpoint's signing secret; must not be empty
   * @return the signer
   * @throws IllegalArgumentException if the secret is empty
   */
  public static WebhookSigner of(Secret signingSecret) {
    return new WebhookSigner(SigningKey.of(signingSecret), Clock.systemUTC());
  }

  /**
   * A signer with the same secret that reads the time from {@code clock}.
   *
   * @param clock the time source for {@link #sign(byte[])}
   * @return the new signer
   */
  public WebhookSigner withClock(Clock clock) {
    return new WebhookSigner(key, Objects.requireNonNull(clock, "clock"));
  }

  /**
   * Signs a body with the current time.
   *
   * @param rawBody the exact bytes that will be sent
   * @return the headers
   */
  public WebhookSignature sign(byte[] rawBody) {
    return sign(rawBody, clock.instant());
  }

  /**
   * Signs a body, encoded as UTF-8, with the current time.
   *
   * @param rawBody the body text
   * @return the headers
   */
  public WebhookSignature sign(String rawBody) {
    return sign(rawBody.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Signs a body with a given time, truncated to whole seconds.
   *
   * @param rawBody the exact bytes that will be sent
   * @param timestamp the time to stamp
   * @return the headers
   */
  public WebhookSignature sign(byte[] rawBody, Instant timestamp) {
    String seconds = Long.toString(timestamp.getEpochSecond());
    return new WebhookSignature(seconds, Encodings.hex(key.sign(seconds, rawBody)));
  }

  /**
   * Signs a body, encoded as UTF-8, with a given time, truncated to whole seconds.
   *
   * @param rawBody the body text
   * @param timestamp the time to stamp
   * @return the headers
   */
  public WebhookSignature sign(String rawBody, Instant timestamp) {
    return sign(rawBody.getBytes(StandardCharsets.UTF_8), timestamp);
  }

  @Override
  public String toString() {
    return "WebhookSigner{signingSecret=[REDACTED]}";
  }
}
