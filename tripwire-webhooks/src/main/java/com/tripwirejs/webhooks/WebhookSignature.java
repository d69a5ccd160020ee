package com.tripwirejs.webhooks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The two headers that sign one webhook delivery, as {@link WebhookSigner} produces them.
 *
 * <p>Neither value is secret: the signature is a MAC of the body, not the signing secret.
 */
public final class WebhookSignature {

  private final String timestamp;
  private final String signature;

  WebhookSignature(String timestamp, String signature) {
    this.timestamp = timestamp;
    this.signature = signature;
  }

  /**
   * The {@code X-Tripwire-Timestamp} value: unix seconds as a plain integer.
   *
   * @return the timestamp header value
   */
  public String timestamp() {
    return timestamp;
  }

  /**
   * The {@code X-Tripwire-Signature} value: lowercase hex HMAC-SHA256 of {@code timestamp + "." +
   * body}.
   *
   * @return the signature header value
   */
  public String signature() {
    return signature;
  }

  /**
   * Both headers by name, timestamp first, ready to add to a test request.
   *
   * @return an unmodifiable map from header name to value
   */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(WebhookVerifier.TIMESTAMP_HEADER, timestamp);
    headers.put(WebhookVerifier.SIGNATURE_HEADER, signature);
    return java.util.Collections.unmodifiableMap(headers);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof WebhookSignature
        && ((WebhookSignature) other).timestamp.equals(timestamp)
        && ((WebhookSignature) other).signature.equals(signature);
  }

  @Override
  public int hashCode() {
    return Objects.hash(timestamp, signature);
  }

  @Override
  public String toString() {
    return "WebhookSignature{timestamp=" + timestamp + ", signature=" + signature + "}";
  }
}
