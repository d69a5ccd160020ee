package com.tripwirejs.webhooks.token;

/**
 * A sealed token that did not verify, or a verifier without a secret key.
 *
 * <p>Treat any of these as "no verified session": do not trust the request. {@link #reason()}
 * tells the cases apart; the message never contains the token, the key or the payload.
 *
 * @serial exclude
 */
public final class SealedTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why verification failed. */
  public enum Reason {
    /** No secret key was given and {@code TRIPWIRE_SECRET_KEY} is not set. */
    MISSING_SECRET_KEY,
    /** The token is not standard base64, or is longer than any sealed token can be. */
    MALFORMED_TOKEN,
    /** The token has fewer than the 29 bytes of version, nonce and tag. */
    TOKEN_TOO_SHORT,
    /** The token's version byte is not {@code 0x01}. */
    UNSUPPORTED_VERSION,
    /**
     * The authentication tag does not match: the token was altered, or sealed with another secret
     * key.
     */
    AUTHENTICATION_FAILURE,
    /** The decrypted payload is not a complete zlib stream. */
    DECOMPRESSION_FAILURE,
    /** The payload inflates beyond {@link SealedTokenVerifier#MAX_PAYLOAD_BYTES}. */
    PAYLOAD_TOO_LARGE,
    /** The payload is not a JSON session verification. */
    INVALID_PAYLOAD
  }

  private final Reason reason;

  SealedTokenException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * Why verification failed.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }
}
