package com.tripwirejs.gate.delivery;

/**
 * A Gate delivery input that fails the contract's checks, or an envelope that does not decrypt.
 *
 * <p>The message names the offending field in the contract's words ({@code delivery.key_id does
 * not match delivery.public_key}, {@code encrypted_delivery.iv must be 12 bytes}) and never
 * contains key material or decrypted values. {@link #reason()} tells the kinds apart in code.
 *
 * @serial exclude
 */
public final class GateDeliveryException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of input failed. */
  public enum Reason {
    /** A delivery request ({@code {version, algorithm, key_id, public_key}}) is invalid. */
    INVALID_DELIVERY_REQUEST,
    /** An encrypted delivery envelope is malformed, or is for another key. */
    INVALID_ENVELOPE,
    /**
     * The envelope does not authenticate under the private key with the HKDF info of any
     * generation: wrong key, altered data, or an info neither Foil nor Tripwire uses.
     */
    DECRYPTION_FAILED,
    /** The decrypted payload is not {@code {version: 1, outputs: {string: string}}}. */
    INVALID_PAYLOAD,
    /** A private key is not a base64url PKCS#8 X25519 private key. */
    INVALID_PRIVATE_KEY,
    /** A {@code gate.session.approved} webhook payload fails the approved-payload checks. */
    INVALID_WEBHOOK_PAYLOAD,
    /** A service id gives no agent-token environment variable name. */
    INVALID_SERVICE_ID
  }

  private final Reason reason;

  GateDeliveryException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  GateDeliveryException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /**
   * What kind of input failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
