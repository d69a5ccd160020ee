package com.tripwirejs.webhooks;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.webhooks.internal.Encodings;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * Signs webhook bodies the way the service does, for a receiver's own tests: the headers it
 * produces pass {@link WebhookVerifier} with the same signing secret. They carry the names of
 * {@link ServiceGeneration#CURRENT} ({@code X-Foil-Timestamp}, {@code X-Foil-Signature}) unless
 * {@link #withGeneration(ServiceGeneration)} asks for another generation's, to test a receiver that
 * still reads the older names.
 *
 * <pre>{@code
 * WebhookSignature signature = WebhookSigner.of("whsec_example").sign(body);
 * MockHttpServletRequestBuilder request = post("/webhooks/foil").content(body);
 * signature.headers().forEach(request::header);
 * mockMvc.perform(request);
 * }</pre>
 *
 * <p>Immutable and thread-safe; {@link #toString()} never shows the secret.
 */
public final class WebhookSigner {

  private final SigningKey key;
  private final Clock clock;
  private final ServiceGeneration generation;

  private WebhookSigner(SigningKey key, Clock clock, ServiceGeneration generation) {
    this.key = key;
    this.clock = clock;
    this.generation = generation;
  }

  /**
   * A signer for one signing secret that stamps the current time.
   *
   * @param signingSecret the endpoint's signing secret; must not be empty or blank
   * @return the signer
   * @throws IllegalArgumentException if the secret is empty or blank
   */
  public static WebhookSigner of(String signingSecret) {
    return of(Secret.of(signingSecret));
  }

  /**
   * A signer for one signing secret that stamps the current time.
   *
   * @param signingSecret the endpoint's signing secret; must not be empty or blank
   * @return the signer
   * @throws IllegalArgumentException if the secret is empty or blank
   */
  public static WebhookSigner of(Secret signingSecret) {
    return new WebhookSigner(
        SigningKey.of(Objects.requireNonNull(signingSecret, "signingSecret")),
        Clock.systemUTC(),
        ServiceGeneration.CURRENT);
  }

  /**
   * A signer with the same secret that reads the time from {@code clock}.
   *
   * @param clock the time source for {@link #sign(byte[])}
   * @return the new signer
   */
  public WebhookSigner withClock(Clock clock) {
    return new WebhookSigner(key, Objects.requireNonNull(clock, "clock"), generation);
  }

  /**
   * A signer with the same secret and clock whose signatures carry the header names of {@code
   * generation}; the signature itself is the same under every generation. Default {@link
   * ServiceGeneration#CURRENT}.
   *
   * @param generation the generation whose header names {@link WebhookSignature#headers()} uses
   * @return the new signer
   */
  public WebhookSigner withGeneration(ServiceGeneration generation) {
    return new WebhookSigner(key, clock, Objects.requireNonNull(generation, "generation"));
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
    return new WebhookSignature(generation, seconds, Encodings.hex(key.sign(seconds, rawBody)));
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
    return "WebhookSigner{signingSecret=[REDACTED], generation=" + generation + "}";
  }
}
