package com.tripwirejs.webhooks;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import com.tripwirejs.webhooks.internal.Encodings;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Verifies Tripwire webhook deliveries and reads them into typed events.
 *
 * <p>{@link #verify(byte[], Map) verify} checks, in this order, that {@value #TIMESTAMP_HEADER} is
 * unix seconds as a plain integer within the tolerance of now (default five minutes, either
 * direction, the bound itself included), and that {@value #SIGNATURE_HEADER} is the lowercase hex
 * HMAC-SHA256 of {@code timestamp + "." + rawBody} under one of the signing secrets (compared in
 * constant time). Only then does it read the body, into one of the variants of {@link
 * WebhookEvent}.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(System.getenv("TRIPWIRE_WEBHOOK_SECRET"));
 * // Servlet: the container looks header names up case-insensitively.
 * WebhookEvent event = verifier.verify(request.getInputStream().readAllBytes(), request::getHeader);
 * }</pre>
 *
 * <p>Several signing secrets may be configured, so that a receiver keeps accepting deliveries while
 * an endpoint's secret is rotated. Any failure is a {@link WebhookVerificationException}. An event
 * type this SDK version does not know is an {@link
 * com.tripwirejs.model.webhook.event.UnknownWebhookEvent} carrying its raw data, unless the
 * verifier was built to {@linkplain Builder#rejectUnknownEventTypes(boolean) reject unknown types}.
 *
 * <p>Immutable and thread-safe: build one and share it. {@link #toString()} never shows a secret.
 */
public final class WebhookVerifier {

  /** The header carrying the signing time, in unix seconds. */
  public static final String TIMESTAMP_HEADER = "X-Tripwire-Timestamp";

  /** The header carrying the signature, lowercase hex HMAC-SHA256. */
  public static final String SIGNATURE_HEADER = "X-Tripwire-Signature";

  /** How far the signing time may be from now when no tolerance is set: five minutes. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final int SIGNATURE_BYTES = 32;
  private static final int MAX_TIMESTAMP_LENGTH = 20;

  private final List<SigningKey> keys;
  private final long toleranceSeconds;
  private final Clock clock;
  private final boolean rejectUnknownEventTypes;

  private WebhookVerifier(Builder builder) {
    this.keys = List.copyOf(builder.keys);
    this.toleranceSeconds = builder.tolerance.getSeconds();
    this.clock = builder.clock;
    this.rejectUnknownEventTypes = builder.rejectUnknownEventTypes;
  }

  /**
   * A verifier for one signing secret with the default tolerance and the system clock.
   *
   * @param signingSecret the endpoint's signing secret ({@code whsec_...}); must not be empty
   * @return the verifier
   * @throws IllegalArgumentException if the secret is empty
   */
  public static WebhookVerifier of(String signingSecret) {
    return builder().addSigningSecret(signingSecret).build();
  }

  /**
   * A verifier for one signing secret with the default tolerance and the system clock.
   *
   * @param signingSecret the endpoint's signing secret; must not be empty
   * @return the verifier
   * @throws IllegalArgumentException if the secret is empty
   */
  public static WebhookVerifier of(Secret signingSecret) {
    return builder().addSigningSecret(signingSecret).build();
  }

  /**
   * A builder to set several secrets, the tolerance, the clock or strict event types.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Verifies a delivery and reads its event, with the headers as a map.
   *
   * <p>Names are matched case-insensitively; a value may be a {@code String}, a {@code Collection}
   * of strings or a {@code String[]}, as frameworks give them (Spring's {@code HttpHeaders}, a
   * JAX-RS {@code MultivaluedMap}, {@code @RequestHeader Map<String, String>}).
   *
   * @param rawBody the request body exactly as received, before any parsing
   * @param headers the request headers
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(byte[] rawBody, Map<String, ?> headers) {
    return verify(
        rawBody,
        HeaderLookup.find(headers, TIMESTAMP_HEADER),
        HeaderLookup.find(headers, SIGNATURE_HEADER));
  }

  /**
   * Verifies a delivery whose body was read as text, with the headers as a map. The signature
   * covers the body's UTF-8 bytes: prefer {@link #verify(byte[], Map)} when the bytes are at hand.
   *
   * @param rawBody the request body exactly as received
   * @param headers the request headers, see {@link #verify(byte[], Map)}
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(String rawBody, Map<String, ?> headers) {
    return verify(rawBody.getBytes(StandardCharsets.UTF_8), headers);
  }

  /**
   * Verifies a delivery and reads its event, looking headers up through a function such as
   * {@code request::getHeader} (Servlet, Vert.x) or {@code ctx::header} (Javalin).
   *
   * <p>The function is asked for each header by its documented name and, if that gives null, by
   * its lower-case name.
   *
   * @param rawBody the request body exactly as received, before any parsing
   * @param headers the header lookup, returning null for an absent header
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(byte[] rawBody, Function<String, ? extends @Nullable String> headers) {
    return verify(
        rawBody,
        HeaderLookup.find(headers, TIMESTAMP_HEADER),
        HeaderLookup.find(headers, SIGNATURE_HEADER));
  }

  /**
   * Verifies a delivery whose body was read as text, looking headers up through a function. The
   * signature covers the body's UTF-8 bytes.
   *
   * @param rawBody the request body exactly as received
   * @param headers the header lookup, see {@link #verify(byte[], Function)}
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(String rawBody, Function<String, ? extends @Nullable String> headers) {
    return verify(rawBody.getBytes(StandardCharsets.UTF_8), headers);
  }

  /**
   * Verifies a delivery and reads its event, given the two header values.
   *
   * @param rawBody the request body exactly as received, before any parsing
   * @param timestamp the {@value #TIMESTAMP_HEADER} value, or null if absent
   * @param signature the {@value #SIGNATURE_HEADER} value, or null if absent
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(
      byte[] rawBody, @Nullable String timestamp, @Nullable String signature) {
    verifySignature(rawBody, timestamp, signature);
    return WebhookEventReader.read(rawBody, rejectUnknownEventTypes);
  }

  /**
   * Verifies a delivery whose body was read as text, given the two header values. The signature
   * covers the body's UTF-8 bytes.
   *
   * @param rawBody the request body exactly as received
   * @param timestamp the {@value #TIMESTAMP_HEADER} value, or null if absent
   * @param signature the {@value #SIGNATURE_HEADER} value, or null if absent
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(
      String rawBody, @Nullable String timestamp, @Nullable String signature) {
    return verify(rawBody.getBytes(StandardCharsets.UTF_8), timestamp, signature);
  }

  /**
   * Checks the timestamp and signature of a delivery without reading its body, for receivers that
   * parse the body themselves.
   *
   * @param rawBody the request body exactly as received
   * @param timestamp the {@value #TIMESTAMP_HEADER} value, or null if absent
   * @param signature the {@value #SIGNATURE_HEADER} value, or null if absent
   * @throws WebhookVerificationException with reason {@code MISSING_HEADER}, {@code
   *     MALFORMED_HEADER}, {@code TIMESTAMP_OUTSIDE_TOLERANCE} or {@code SIGNATURE_MISMATCH}
   */
  public void verifySignature(
      byte[] rawBody, @Nullable String timestamp, @Nullable String signature) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (timestamp == null) {
      throw missing(TIMESTAMP_HEADER);
    }
    if (signature == null) {
      throw missing(SIGNATURE_HEADER);
    }
    checkTolerance(parseTimestamp(timestamp));
    byte[] received = Encodings.lowerHex(signature, SIGNATURE_BYTES);
    if (received == null) {
      throw new WebhookVerificationException(
          Reason.MALFORMED_HEADER,
          SIGNATURE_HEADER + " must be 64 lowercase hex characters (an HMAC-SHA256)");
    }
    for (SigningKey key : keys) {
      if (MessageDigest.isEqual(key.sign(timestamp, rawBody), received)) {
        return;
      }
    }
    throw new WebhookVerificationException(
        Reason.SIGNATURE_MISMATCH,
        SIGNATURE_HEADER
            + " does not match the body under "
            + (keys.size() == 1
                ? "the signing secret"
                : "any of the " + keys.size() + " signing secrets")
            + ": verify the raw body bytes as received, before any parsing or re-encoding, with the"
            + " endpoint's signing secret");
  }

  /**
   * Checks the timestamp and signature of a delivery whose body was read as text. The signature
   * covers the body's UTF-8 bytes.
   *
   * @param rawBody the request body exactly as received
   * @param timestamp the {@value #TIMESTAMP_HEADER} value, or null if absent
   * @param signature the {@value #SIGNATURE_HEADER} value, or null if absent
   * @throws WebhookVerificationException as {@link #verifySignature(byte[], String, String)}
   */
  public void verifySignature(
      String rawBody, @Nullable String timestamp, @Nullable String signature) {
    verifySignature(rawBody.getBytes(StandardCharsets.UTF_8), timestamp, signature);
  }

  /** Unix seconds written as an optional minus sign and ASCII digits, nothing else. */
  private static long parseTimestamp(String timestamp) {
    int length = timestamp.length();
    int start = length > 0 && timestamp.charAt(0) == '-' ? 1 : 0;
    boolean plain = length > start && length <= MAX_TIMESTAMP_LENGTH;
    for (int i = start; plain && i < length; i++) {
      char c = timestamp.charAt(i);
      plain = c >= '0' && c <= '9';
    }
    if (plain) {
      try {
        return Long.parseLong(timestamp);
      } catch (NumberFormatException e) {
        // More digits than a long holds: malformed as well.
      }
    }
    throw new WebhookVerificationException(
        Reason.MALFORMED_HEADER,
        TIMESTAMP_HEADER
            + " must be unix seconds written as a plain integer (digits only: no space, plus sign,"
            + " fraction or other character)");
  }

  private void checkTolerance(long timestamp) {
    long now = clock.instant().getEpochSecond();
    long skew;
    try {
      skew = Math.subtractExact(now, timestamp);
    } catch (ArithmeticException e) {
      skew = timestamp < now ? Long.MAX_VALUE : Long.MIN_VALUE;
    }
    if (skew > toleranceSeconds || skew < -toleranceSeconds) {
      throw new WebhookVerificationException(
          Reason.TIMESTAMP_OUTSIDE_TOLERANCE,
          TIMESTAMP_HEADER
              + " is "
              + "more than "
              + toleranceSeconds
              + (skew > 0 ? " s in the past" : " s in the future")
              + ", outside the tolerance: a late or replayed delivery, or a wrong clock on this"
              + " server or in the verifier");
    }
  }

  private static WebhookVerificationException missing(String header) {
    return new WebhookVerificationException(
        Reason.MISSING_HEADER,
        "The delivery has no "
            + header
            + " header: pass the request's headers as received (names are matched"
            + " case-insensitively)");
  }

  @Override
  public String toString() {
    return "WebhookVerifier{signingSecrets="
        + keys.size()
        + ", tolerance="
        + Duration.ofSeconds(toleranceSeconds)
        + ", rejectUnknownEventTypes="
        + rejectUnknownEventTypes
        + "}";
  }

  /** Builds {@link WebhookVerifier}s. Not thread-safe; the verifiers it builds are. */
  public static final class Builder {

    private final List<SigningKey> keys = new ArrayList<>();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();
    private boolean rejectUnknownEventTypes;

    private Builder() {}

    /**
     * Adds a signing secret. A delivery passes when its signature matches any of them: add the new
     * and the old secret while an endpoint's secret is being rotated.
     *
     * @param signingSecret an endpoint signing secret ({@code whsec_...}); must not be empty
     * @return this builder
     * @throws IllegalArgumentException if the secret is empty
     */
    public Builder addSigningSecret(String signingSecret) {
      return addSigningSecret(Secret.of(signingSecret));
    }

    /**
     * Adds a signing secret, such as {@code WebhookEndpoint.signingSecret()}.
     *
     * @param signingSecret an endpoint signing secret; must not be empty
     * @return this builder
     * @throws IllegalArgumentException if the secret is empty
     */
    public Builder addSigningSecret(Secret signingSecret) {
      keys.add(SigningKey.of(Objects.requireNonNull(signingSecret, "signingSecret")));
      return this;
    }

    /**
     * How far the signing time may be from now, in either direction, counted in whole seconds.
     * Default five minutes.
     *
     * @param tolerance zero or more
     * @return this builder
     * @throws IllegalArgumentException if the tolerance is negative
     */
    public Builder tolerance(Duration tolerance) {
      if (tolerance.isNegative()) {
        throw new IllegalArgumentException("The webhook tolerance must not be negative");
      }
      this.tolerance = tolerance;
      return this;
    }

    /**
     * The time source that "now" is read from. Default {@link Clock#systemUTC()}.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Whether an event of a type this SDK version does not know fails with reason {@code
     * UNKNOWN_EVENT_TYPE} instead of becoming an {@link
     * com.tripwirejs.model.webhook.event.UnknownWebhookEvent}. Default false, so that an event
     * type added to the API later does not make an existing receiver fail.
     *
     * @param reject true to reject unknown event types
     * @return this builder
     */
    public Builder rejectUnknownEventTypes(boolean reject) {
      this.rejectUnknownEventTypes = reject;
      return this;
    }

    /**
     * Builds the verifier.
     *
     * @return the verifier
     * @throws IllegalStateException if no signing secret was added
     */
    public WebhookVerifier build() {
      if (keys.isEmpty()) {
        throw new IllegalStateException(
            "Add at least one signing secret: WebhookVerifier.builder().addSigningSecret(...)");
      }
      return new WebhookVerifier(this);
    }
  }
}
