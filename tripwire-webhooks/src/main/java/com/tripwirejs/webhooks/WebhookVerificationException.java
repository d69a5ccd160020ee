package com.tripwirejs.webhooks;

/**
 * A webhook delivery that must not be trusted or processed: a missing or malformed header, a
 * timestamp outside the tolerance, a signature that matches no signing secret, or a body that is
 * not a webhook event.
 *
 * <p>Answer the delivery with a 4xx status (400 is usual) and do not act on it. {@link #reason()}
 * tells the cases apart in code; the message says what was wrong and how to fix it, and never
 * contains a secret or the body.
 *
 * @serial exclude
 */
public final class WebhookVerificationException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why a delivery was rejected. */
  public enum Reason {
    /**
     * The timestamp or signature header is absent: neither {@code X-Foil-Timestamp} and {@code
     * X-Foil-Signature} nor {@code X-Tripwire-Timestamp} and {@code X-Tripwire-Signature} are
     * there, or one of the pair is.
     */
    MISSING_HEADER,
    /**
     * The headers mix two generations instead of forming one complete pair, such as {@code
     * X-Foil-Timestamp} with {@code X-Tripwire-Signature}, or a complete pair of one with half a
     * pair of the other.
     */
    MIXED_HEADERS,
    /**
     * A header is present but not in its documented form: the timestamp is not a plain integer,
     * or a header was sent more than once.
     */
    MALFORMED_HEADER,
    /** The timestamp is further from now than the tolerance: a late delivery or a replay. */
    TIMESTAMP_OUTSIDE_TOLERANCE,
    /** The signature matches the body under none of the configured signing secrets. */
    SIGNATURE_MISMATCH,
    /** The body is not a valid webhook event. */
    INVALID_EVENT,
    /**
     * The event's type is not one of today's contract that this SDK version reads, and unknown
     * types are rejected ({@link WebhookVerifier.Builder#rejectUnknownEventTypes(boolean)}). {@code
     * verify} raises it only for a body whose signature verified.
     */
    UNKNOWN_EVENT_TYPE
  }

  private final Reason reason;

  WebhookVerificationException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  WebhookVerificationException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /**
   * Why the delivery was rejected.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
