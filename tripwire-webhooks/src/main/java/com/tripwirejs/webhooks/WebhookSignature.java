package com.tripwirejs.webhooks;

import com.tripwirejs.model.ServiceGeneration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The two headers that sign one webhook delivery, and the generation whose names they carry: {@code
 * X-Foil-Timestamp} and {@code X-Foil-Signature}, or {@code X-Tripwire-Timestamp} and {@code
 * X-Tripwire-Signature} from senders of the time before the rename.
 *
 * <p>{@link WebhookSigner} produces them; {@link #fromHeaders(Map)} finds them in a received request
 * by the same rule {@link WebhookVerifier} applies. Neither value is secret: the signature is a MAC
 * of the body, not the signing secret.
 */
public final class WebhookSignature {

  private final ServiceGeneration generation;
  private final String timestamp;
  private final String signature;

  WebhookSignature(ServiceGeneration generation, String timestamp, String signature) {
    this.generation = generation;
    this.timestamp = timestamp;
    this.signature = signature;
  }

  /**
   * Finds the signature headers among a request's headers, with names matched case-insensitively
   * and values as {@code String}, a {@code Collection} of strings or {@code String[]}.
   *
   * <p>The {@code X-Foil-*} pair is used when any {@code X-Foil-*} header is present, else the
   * {@code X-Tripwire-*} pair; the pair used must be complete. Headers of both generations are
   * accepted only as two complete pairs, and then the {@code X-Foil-*} pair is used (the other is
   * ignored, whatever its values); any other combination, such as {@code X-Foil-Timestamp} with
   * {@code X-Tripwire-Signature}, is a mix of generations and fails with reason {@code
   * MIXED_HEADERS}.
   *
   * @param headers the request headers
   * @return the signature headers found
   * @throws WebhookVerificationException with reason {@code MISSING_HEADER}, {@code MIXED_HEADERS}
   *     or, for a header sent more than once, {@code MALFORMED_HEADER}
   */
  public static WebhookSignature fromHeaders(Map<String, ?> headers) {
    return HeaderLookup.signature(headers);
  }

  /**
   * Finds the signature headers through a lookup function such as {@code request::getHeader},
   * asked for each name as documented and, if that gives null, in lower case. The rule is that of
   * {@link #fromHeaders(Map)}.
   *
   * @param headers the header lookup, returning null for an absent header
   * @return the signature headers found
   * @throws WebhookVerificationException as {@link #fromHeaders(Map)}
   */
  public static WebhookSignature fromHeaders(Function<String, ? extends @Nullable String> headers) {
    return HeaderLookup.signature(headers);
  }

  /**
   * The generation whose header names these values go by.
   *
   * @return the generation
   */
  public ServiceGeneration generation() {
    return generation;
  }

  /**
   * The timestamp header value, such as that of {@code X-Foil-Timestamp}: unix seconds as a plain
   * integer.
   *
   * @return the timestamp header value
   */
  public String timestamp() {
    return timestamp;
  }

  /**
   * The signature header value, such as that of {@code X-Foil-Signature}: lowercase hex
   * HMAC-SHA256 of {@code timestamp + "." + body}.
   *
   * @return the signature header value
   */
  public String signature() {
    return signature;
  }

  /**
   * Both headers under the names of {@link #generation()}, timestamp first, ready to add to a
   * request.
   *
   * @return an unmodifiable map from header name to value
   */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(generation.webhookTimestampHeader(), timestamp);
    headers.put(generation.webhookSignatureHeader(), signature);
    return Collections.unmodifiableMap(headers);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof WebhookSignature
        && ((WebhookSignature) other).generation == generation
        && ((WebhookSignature) other).timestamp.equals(timestamp)
        && ((WebhookSignature) other).signature.equals(signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(generation, timestamp, signature);
  }

  @Override
  public String toString() {
    return "WebhookSignature{generation="
        + generation
        + ", timestamp="
        + timestamp
        + ", signature="
        + signature
        + "}";
  }
}
