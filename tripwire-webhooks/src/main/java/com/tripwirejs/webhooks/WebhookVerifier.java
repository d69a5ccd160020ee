package com.tripwirejs.webhooks;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import com.tripwirejs.webhooks.internal.Encodings;
import com.tripwirejs.webhooks.internal.Observed;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Verifies webhook deliveries and reads them into typed events.
 *
 * <p>Three entry points, as every official SDK offers them:
 *
 * <ul>
 *   <li>{@link #verify(byte[], Map) verify}: verify the signature, then parse the event. The usual
 *       path for a receiver:
 *       <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.of(System.getenv("FOIL_WEBHOOK_SECRET"));
 * // Servlet: the container looks header names up case-insensitively.
 * WebhookEvent event = verifier.verify(request.getInputStream().readAllBytes(), request::getHeader);
 * }</pre>
 *   <li>{@link #verifySignature(byte[], Map) verifySignature}: verify the signature only, for a
 *       receiver that reads the body itself or forwards it:
 *       <pre>{@code
 * verifier.verifySignature(rawBody, headers); // throws WebhookVerificationException
 * queue.publish(rawBody);
 * }</pre>
 *   <li>{@link #parseEvent(byte[]) parseEvent}: parse a body into its typed event without checking
 *       a signature, for a body that was verified before (by a gateway, or by {@code
 *       verifySignature} in another process). Never use it on a body that nobody verified:
 *       <pre>{@code
 * WebhookEvent event = WebhookVerifier.parseEvent(verifiedBody);
 * }</pre>
 * </ul>
 *
 * <p>One implementation is underneath: {@code verify} is {@code verifySignature} followed by {@code
 * parseEvent} with this verifier's setting for unknown types. The signature headers are found by the
 * rule of {@link WebhookSignature#fromHeaders(Map)}: {@code X-Foil-Timestamp} and {@code
 * X-Foil-Signature}, else, from senders of the time before the rename, {@code X-Tripwire-Timestamp}
 * and {@code X-Tripwire-Signature}, never a mix of the two; names match case-insensitively. The
 * timestamp must be unix seconds as a plain integer within the tolerance of now (default five
 * minutes, either direction, the bound itself included), and the signature the lowercase hex
 * HMAC-SHA256 of {@code timestamp + "." + rawBody} under one of the signing secrets (compared in
 * constant time). Only then is the body read, into one of the variants of {@link WebhookEvent}. A
 * {@code gate.session.approved} event, which only the generations with Gate deliver, is an unknown
 * event here; the {@code tripwire-gate} module reads it typed and checks its payload.
 *
 * <p><b>Event types.</b> The contract has two delivery types, {@code session.result.persisted} and
 * {@code webhook.test}, and says to reject any other. By default this verifier reads a verified
 * event of any other type as an {@link com.tripwirejs.model.webhook.event.UnknownWebhookEvent}
 * carrying its raw data instead: a type the API adds later must not make a running receiver answer
 * 400 and lose deliveries, and senders of an older generation still deliver types that today's
 * contract dropped ({@code session.fingerprint.calculated}). A receiver that wants the contract's
 * strict behaviour builds the verifier with {@link Builder#rejectUnknownEventTypes(boolean)
 * rejectUnknownEventTypes(true)}: such an event then fails with reason {@code UNKNOWN_EVENT_TYPE},
 * raised only after its signature verified, so a forged delivery still fails as a signature
 * failure.
 *
 * <p>Several signing secrets may be configured, so that a receiver keeps accepting deliveries while
 * an endpoint's secret is rotated. An empty or blank secret is refused when the verifier is built.
 * Any failure of a delivery is a {@link WebhookVerificationException}.
 *
 * <p>A {@link VerificationListener} set with {@link Builder#listener(VerificationListener)} or
 * {@link #withListener(VerificationListener)} is told each check's outcome (verified, or rejected
 * with the reason), for metrics and tracing such as the {@code tripwire-micrometer} module's.
 *
 * <p>Immutable and thread-safe: build one and share it. {@link #toString()} never shows a secret.
 */
public final class WebhookVerifier {

  /** How far the signing time may be from now when no tolerance is set: five minutes. */
  public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

  private static final int SIGNATURE_BYTES = 32;
  private static final int MAX_TIMESTAMP_LENGTH = 20;

  private final List<SigningKey> keys;
  private final long toleranceSeconds;
  private final Clock clock;
  private final boolean rejectUnknownEventTypes;
  private final VerificationListener listener;

  private WebhookVerifier(Builder builder) {
    this.keys = List.copyOf(builder.keys);
    this.toleranceSeconds = builder.tolerance.getSeconds();
    this.clock = builder.clock;
    this.rejectUnknownEventTypes = builder.rejectUnknownEventTypes;
    this.listener = builder.listener;
  }

  private WebhookVerifier(WebhookVerifier verifier, VerificationListener listener) {
    this.keys = verifier.keys;
    this.toleranceSeconds = verifier.toleranceSeconds;
    this.clock = verifier.clock;
    this.rejectUnknownEventTypes = verifier.rejectUnknownEventTypes;
    this.listener = listener;
  }

  /**
   * Whether this verifier fails events of a type this SDK version does not read, as {@link
   * Builder#rejectUnknownEventTypes(boolean)} set it.
   *
   * @return true when such events fail with reason {@code UNKNOWN_EVENT_TYPE}
   */
  public boolean rejectsUnknownEventTypes() {
    return rejectUnknownEventTypes;
  }

  /**
   * A verifier for one signing secret with the default tolerance and the system clock.
   *
   * @param signingSecret the endpoint's signing secret ({@code whsec_...}); must not be empty or
   *     blank
   * @return the verifier
   * @throws IllegalArgumentException if the secret is empty or blank
   */
  public static WebhookVerifier of(String signingSecret) {
    return builder().addSigningSecret(signingSecret).build();
  }

  /**
   * A verifier for one signing secret with the default tolerance and the system clock.
   *
   * @param signingSecret the endpoint's signing secret; must not be empty or blank
   * @return the verifier
   * @throws IllegalArgumentException if the secret is empty or blank
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

  // Verify and parse.

  /**
   * Verifies a delivery and reads its event, with the headers as a map: the usual entry point.
   *
   * <p>Names are matched case-insensitively; a value may be a {@code String}, a {@code Collection}
   * of strings or a {@code String[]}, as frameworks give them (Spring's {@code HttpHeaders}, a
   * JAX-RS {@code MultivaluedMap}, {@code @RequestHeader Map<String, String>}). Which headers are
   * used is described at {@link WebhookSignature#fromHeaders(Map)}.
   *
   * <pre>{@code
   * // Spring: a handler method with (@RequestBody byte[] body, @RequestHeader HttpHeaders headers)
   * WebhookEvent event = verifier.verify(body, headers); // answer 400 on WebhookVerificationException
   * }</pre>
   *
   * @param rawBody the request body exactly as received, before any parsing
   * @param headers the request headers
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(byte[] rawBody, Map<String, ?> headers) {
    return observed(rawBody, () -> HeaderLookup.signature(headers), true);
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
    return verify(utf8(rawBody), headers);
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
    return observed(rawBody, () -> HeaderLookup.signature(headers), true);
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
    return verify(utf8(rawBody), headers);
  }

  /**
   * Verifies a delivery and reads its event, given the two header values of whichever generation
   * the delivery carries ({@code X-Foil-*} or {@code X-Tripwire-*}).
   *
   * @param rawBody the request body exactly as received, before any parsing
   * @param timestamp the timestamp header value, or null if absent
   * @param signature the signature header value, or null if absent
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(
      byte[] rawBody, @Nullable String timestamp, @Nullable String signature) {
    return observed(rawBody, timestamp, signature, true);
  }

  /**
   * Verifies a delivery whose body was read as text, given the two header values. The signature
   * covers the body's UTF-8 bytes.
   *
   * @param rawBody the request body exactly as received
   * @param timestamp the timestamp header value, or null if absent
   * @param signature the signature header value, or null if absent
   * @return the event
   * @throws WebhookVerificationException if the delivery fails any check
   */
  public WebhookEvent verify(
      String rawBody, @Nullable String timestamp, @Nullable String signature) {
    return verify(utf8(rawBody), timestamp, signature);
  }


  // Verify the signature only.

  /**
   * Checks the timestamp and signature of a delivery without reading its body, with the headers
   * as a map (see {@link #verify(byte[], Map)}), for a receiver that reads or forwards the body
   * itself.
   *
   * <pre>{@code
   * verifier.verifySignature(rawBody, headers);
   * queue.publish(rawBody); // later: WebhookVerifier.parseEvent(rawBody)
   * }</pre>
   *
   * @param rawBody the request body exactly as received
   * @param headers the request headers
   * @throws WebhookVerificationException with reason {@code MISSING_HEADER}, {@code
   *     MIXED_HEADERS}, {@code MALFORMED_HEADER}, {@code TIMESTAMP_OUTSIDE_TOLERANCE} or {@code
   *     SIGNATURE_MISMATCH}
   */
  public void verifySignature(byte[] rawBody, Map<String, ?> headers) {
    observed(rawBody, () -> HeaderLookup.signature(headers), false);
  }

  /**
   * Checks the timestamp and signature of a delivery whose body was read as text, with the
   * headers as a map. The signature covers the body's UTF-8 bytes.
   *
   * @param rawBody the request body exactly as received
   * @param headers the request headers
   * @throws WebhookVerificationException as {@link #verifySignature(byte[], Map)}
   */
  public void verifySignature(String rawBody, Map<String, ?> headers) {
    verifySignature(utf8(rawBody), headers);
  }

  /**
   * Checks the timestamp and signature of a delivery without reading its body, looking headers up
   * through a function (see {@link #verify(byte[], Function)}).
   *
   * @param rawBody the request body exactly as received
   * @param headers the header lookup, returning null for an absent header
   * @throws WebhookVerificationException as {@link #verifySignature(byte[], Map)}
   */
  public void verifySignature(
      byte[] rawBody, Function<String, ? extends @Nullable String> headers) {
    observed(rawBody, () -> HeaderLookup.signature(headers), false);
  }

  /**
   * Checks the timestamp and signature of a delivery whose body was read as text, looking headers
   * up through a function. The signature covers the body's UTF-8 bytes.
   *
   * @param rawBody the request body exactly as received
   * @param headers the header lookup, returning null for an absent header
   * @throws WebhookVerificationException as {@link #verifySignature(byte[], Map)}
   */
  public void verifySignature(
      String rawBody, Function<String, ? extends @Nullable String> headers) {
    verifySignature(utf8(rawBody), headers);
  }

  /**
   * Checks the timestamp and signature of a delivery without reading its body, given the two
   * header values of whichever generation the delivery carries.
   *
   * @param rawBody the request body exactly as received
   * @param timestamp the timestamp header value, or null if absent
   * @param signature the signature header value, or null if absent
   * @throws WebhookVerificationException with reason {@code MISSING_HEADER}, {@code
   *     MALFORMED_HEADER}, {@code TIMESTAMP_OUTSIDE_TOLERANCE} or {@code SIGNATURE_MISMATCH}
   */
  public void verifySignature(
      byte[] rawBody, @Nullable String timestamp, @Nullable String signature) {
    observed(rawBody, timestamp, signature, false);
  }

  /**
   * Checks the timestamp and signature of a delivery whose body was read as text. The signature
   * covers the body's UTF-8 bytes.
   *
   * @param rawBody the request body exactly as received
   * @param timestamp the timestamp header value, or null if absent
   * @param signature the signature header value, or null if absent
   * @throws WebhookVerificationException as {@link #verifySignature(byte[], String, String)}
   */
  public void verifySignature(
      String rawBody, @Nullable String timestamp, @Nullable String signature) {
    verifySignature(utf8(rawBody), timestamp, signature);
  }

  /**
   * The listener that this verifier tells about each delivery it checks; {@link
   * VerificationListener#NONE} unless one was set.
   *
   * @return the listener
   */
  public VerificationListener listener() {
    return listener;
  }

  /**
   * This verifier with another listener: the same secrets, tolerance, clock and event-type
   * setting. For instrumenting a verifier built elsewhere:
   *
   * <pre>{@code
   * WebhookVerifier observed = verifier.withListener(new ObservationVerificationListener(registry));
   * }</pre>
   *
   * @param listener told about each delivery checked; {@link VerificationListener#NONE} for none
   * @return a verifier with that listener
   */
  public WebhookVerifier withListener(VerificationListener listener) {
    return new WebhookVerifier(this, Objects.requireNonNull(listener, "listener"));
  }

  /** A check of a delivery with its headers found by {@code lookup}, told to the listener. */
  private @Nullable WebhookEvent observed(
      byte[] rawBody, Supplier<WebhookSignature> lookup, boolean read) {
    VerificationListener.Verification verification =
        Observed.start(listener, VerificationKind.WEBHOOK);
    ServiceGeneration generation = null;
    try {
      WebhookSignature signature = lookup.get();
      generation = signature.generation();
      check(rawBody, signature.timestamp(), signature.signature(), generation);
      WebhookEvent event = read ? WebhookEventReader.read(rawBody, rejectUnknownEventTypes) : null;
      Observed.end(
          verification,
          VerificationOutcome.verified(VerificationKind.WEBHOOK)
              .withGeneration(generation)
              .withEventType(event == null ? null : event.type().value()));
      return event;
    } catch (RuntimeException e) {
      Observed.end(
          verification,
          VerificationOutcome.rejected(VerificationKind.WEBHOOK, e).withGeneration(generation));
      throw e;
    }
  }

  /** A check of a delivery with its two header values given bare, told to the listener. */
  private @Nullable WebhookEvent observed(
      byte[] rawBody, @Nullable String timestamp, @Nullable String signature, boolean read) {
    VerificationListener.Verification verification =
        Observed.start(listener, VerificationKind.WEBHOOK);
    try {
      check(rawBody, timestamp, signature, null);
      WebhookEvent event = read ? WebhookEventReader.read(rawBody, rejectUnknownEventTypes) : null;
      Observed.end(
          verification,
          VerificationOutcome.verified(VerificationKind.WEBHOOK)
              .withEventType(event == null ? null : event.type().value()));
      return event;
    } catch (RuntimeException e) {
      Observed.end(verification, VerificationOutcome.rejected(VerificationKind.WEBHOOK, e));
      throw e;
    }
  }

  // Parse only.

  /**
   * Reads a body into its typed event without checking any signature: for a body that was
   * verified before, upstream or with {@link #verifySignature(byte[], Map)}. An event of a type
   * this SDK version does not read becomes an {@link
   * com.tripwirejs.model.webhook.event.UnknownWebhookEvent} with its raw data.
   *
   * <pre>{@code
   * WebhookEvent event = WebhookVerifier.parseEvent(verifiedBody);
   * }</pre>
   *
   * @param rawBody a verified body
   * @return the event
   * @throws WebhookVerificationException with reason {@code INVALID_EVENT} when the body is not a
   *     webhook event
   */
  public static WebhookEvent parseEvent(byte[] rawBody) {
    return parseEvent(rawBody, false);
  }

  /**
   * Reads a body, given as text, into its typed event without checking any signature; see {@link
   * #parseEvent(byte[])}.
   *
   * @param rawBody a verified body
   * @return the event
   * @throws WebhookVerificationException with reason {@code INVALID_EVENT} when the body is not a
   *     webhook event
   */
  public static WebhookEvent parseEvent(String rawBody) {
    return parseEvent(utf8(rawBody));
  }

  /**
   * Reads a body into its typed event without checking any signature, optionally rejecting event
   * types this SDK version does not read, as a verifier built with {@link
   * Builder#rejectUnknownEventTypes(boolean)} does.
   *
   * @param rawBody a verified body
   * @param rejectUnknownEventTypes true to fail with reason {@code UNKNOWN_EVENT_TYPE} on an event
   *     type this SDK version does not read, false to read it as an unknown event
   * @return the event
   * @throws WebhookVerificationException with reason {@code INVALID_EVENT} or {@code
   *     UNKNOWN_EVENT_TYPE}
   */
  public static WebhookEvent parseEvent(byte[] rawBody, boolean rejectUnknownEventTypes) {
    return WebhookEventReader.read(
        Objects.requireNonNull(rawBody, "rawBody"), rejectUnknownEventTypes);
  }

  // The checks.

  /**
   * The timestamp and signature checks; {@code generation} names the headers in messages, or is
   * null when the caller passed the values without their names.
   */
  private void check(
      byte[] rawBody,
      @Nullable String timestamp,
      @Nullable String signature,
      @Nullable ServiceGeneration generation) {
    Objects.requireNonNull(rawBody, "rawBody");
    if (timestamp == null) {
      throw missing(timestampHeader(generation));
    }
    if (signature == null) {
      throw missing(signatureHeader(generation));
    }
    checkTolerance(parseTimestamp(timestamp, generation), generation);
    byte[] received = Encodings.lowerHex(signature, SIGNATURE_BYTES);
    if (received == null) {
      throw new WebhookVerificationException(
          Reason.MALFORMED_HEADER,
          signatureHeader(generation)
              + " must be 64 lowercase hex characters (an HMAC-SHA256)");
    }
    for (SigningKey key : keys) {
      if (MessageDigest.isEqual(key.sign(timestamp, rawBody), received)) {
        return;
      }
    }
    throw new WebhookVerificationException(
        Reason.SIGNATURE_MISMATCH,
        signatureHeader(generation)
            + " does not match the body under "
            + (keys.size() == 1
                ? "the signing secret"
                : "any of the " + keys.size() + " signing secrets")
            + ": verify the raw body bytes as received, before any parsing or re-encoding, with the"
            + " endpoint's signing secret");
  }

  private static String timestampHeader(@Nullable ServiceGeneration generation) {
    return generation != null
        ? generation.webhookTimestampHeader()
        : "The timestamp ("
            + ServiceGeneration.ACCEPTED.stream()
                .map(ServiceGeneration::webhookTimestampHeader)
                .collect(Collectors.joining(" or "))
            + ")";
  }

  private static String signatureHeader(@Nullable ServiceGeneration generation) {
    return generation != null
        ? generation.webhookSignatureHeader()
        : "The signature ("
            + ServiceGeneration.ACCEPTED.stream()
                .map(ServiceGeneration::webhookSignatureHeader)
                .collect(Collectors.joining(" or "))
            + ")";
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Unix seconds written as an optional minus sign and ASCII digits, nothing else. */
  private static long parseTimestamp(String timestamp, @Nullable ServiceGeneration generation) {
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
        timestampHeader(generation)
            + " must be unix seconds written as a plain integer (digits only: no space, plus sign,"
            + " fraction or other character)");
  }

  private void checkTolerance(long timestamp, @Nullable ServiceGeneration generation) {
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
          timestampHeader(generation)
              + " is more than "
              + toleranceSeconds
              + (skew > 0 ? " s in the past" : " s in the future")
              + ", outside the tolerance: a late or replayed delivery, or a wrong clock on this"
              + " server or in the verifier");
    }
  }

  private static WebhookVerificationException missing(String header) {
    return new WebhookVerificationException(
        Reason.MISSING_HEADER,
        header
            + " is missing: pass the request's headers as received (names are matched"
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
        + (listener == VerificationListener.NONE ? "" : ", listener=" + listener.getClass().getName())
        + "}";
  }

  /** Builds {@link WebhookVerifier}s. Not thread-safe; the verifiers it builds are. */
  public static final class Builder {

    private final List<SigningKey> keys = new ArrayList<>();
    private Duration tolerance = DEFAULT_TOLERANCE;
    private Clock clock = Clock.systemUTC();
    private boolean rejectUnknownEventTypes;
    private VerificationListener listener = VerificationListener.NONE;

    private Builder() {}

    /**
     * The listener told about each delivery the verifier checks, such as the {@code
     * tripwire-micrometer} module's {@code ObservationVerificationListener}: verified or rejected,
     * with the reason's code, never the body or a header value. Default {@link
     * VerificationListener#NONE}.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(VerificationListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Adds a signing secret. A delivery passes when its signature matches any of them: add the new
     * and the old secret while an endpoint's secret is being rotated.
     *
     * @param signingSecret an endpoint signing secret ({@code whsec_...}); must not be empty or
     *     blank
     * @return this builder
     * @throws IllegalArgumentException if the secret is empty or blank
     */
    public Builder addSigningSecret(String signingSecret) {
      return addSigningSecret(Secret.of(signingSecret));
    }

    /**
     * Adds a signing secret, such as {@code WebhookEndpoint.signingSecret()}.
     *
     * @param signingSecret an endpoint signing secret; must not be empty or blank
     * @return this builder
     * @throws IllegalArgumentException if the secret is empty or blank
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
     * Whether an event of a type this SDK version does not read fails with reason {@code
     * UNKNOWN_EVENT_TYPE} instead of becoming an {@link
     * com.tripwirejs.model.webhook.event.UnknownWebhookEvent}: true gives the contract's strict
     * behaviour, which accepts only {@code session.result.persisted} and {@code webhook.test}. The
     * rejection comes only after the signature verified.
     *
     * <p>Default false, so that an event type added to the API later, or one that a sender of an
     * older generation still delivers ({@code session.fingerprint.calculated}), does not make a
     * running receiver answer 400 and lose deliveries.
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
