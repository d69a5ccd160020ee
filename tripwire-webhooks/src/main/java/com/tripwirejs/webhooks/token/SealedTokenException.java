package com.tripwirejs.webhooks.token;

/**
 * A sealed token that did not verify, or a verifier without a secret key.
 *
 * <p>Treat any of these as "no verified session": do not trust the request. {@link #reason()}
 * tells the cases apart; the message never contains the token, a key, a recipient id or the
 * payload.
 *
 * @serial exclude
 */
public final class SealedTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why verification failed. */
  public enum Reason {
    /**
     * No secret key was given, and neither {@code FOIL_SECRET_KEY} nor {@code TRIPWIRE_SECRET_KEY}
     * is set.
     */
    MISSING_SECRET_KEY,
    /**
     * The token is not standard base64, is longer than any sealed token can be, or its version 2
     * layout does not hold together: a recipient count outside 1 through 256, or a length other
     * than the one its header declares (a payload length past the end, bytes after the last
     * recipient entry).
     */
    MALFORMED_TOKEN,
    /**
     * The token is empty, or shorter than the fixed part of its version: the 29 bytes of version,
     * nonce and tag (version 1), the 19-byte header (version 2).
     */
    TOKEN_TOO_SHORT,
    /** The token's version byte is neither {@code 0x01} nor {@code 0x02}. */
    UNSUPPORTED_VERSION,
    /**
     * A version 2 token has no recipient entry for the verifier's secret key (or for any of its
     * keys): it was issued for another organization's key.
     */
    RECIPIENT_NOT_FOUND,
    /**
     * An authentication tag does not match: the token was altered, or (version 1) sealed with
     * another secret key.
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
