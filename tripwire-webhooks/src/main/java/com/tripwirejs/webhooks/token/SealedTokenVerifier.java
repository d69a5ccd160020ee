package com.tripwirejs.webhooks.token;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.webhooks.internal.AesGcm;
import com.tripwirejs.webhooks.internal.BoundedInflater;
import com.tripwirejs.webhooks.internal.Encodings;
import com.tripwirejs.webhooks.internal.SealedTokenKeys;
import com.tripwirejs.webhooks.token.SealedTokenException.Reason;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Verifies sealed session tokens: the result of a browser session that the Tripwire browser SDK
 * hands to your server, sealed with your organization's secret key.
 *
 * <pre>{@code
 * SealedTokenVerifier verifier = SealedTokenVerifier.fromEnvironment(); // TRIPWIRE_SECRET_KEY
 * SessionVerification session = verifier.verify(request.getParameter("tripwire_token"));
 * if (session.decision().verdict().equals(Verdict.BOT)) { ... }
 * }</pre>
 *
 * <p>A token is standard base64 of a version byte ({@code 0x01}), a 12-byte nonce, the AES-256-GCM
 * ciphertext and its 16-byte tag. The plaintext is zlib-compressed JSON; it may inflate to at most
 * {@value #MAX_PAYLOAD_BYTES} bytes, so a token cannot make the server expand unbounded data.
 *
 * <p>The AES key is derived once, when the verifier is created: keep one verifier per secret key
 * and share it. Instances are immutable and thread-safe; {@link #toString()} never shows the key.
 */
public final class SealedTokenVerifier {

  /** The environment variable {@link #fromEnvironment()} reads the secret key from. */
  public static final String SECRET_KEY_VARIABLE = "TRIPWIRE_SECRET_KEY";

  /** The largest payload a token may inflate to, in bytes (1 MiB). */
  public static final int MAX_PAYLOAD_BYTES = 1 << 20;

  /**
   * The longest token accepted, in characters. A token sealing the largest payload is shorter:
   * zlib expands incompressible data by well under 1%, and base64 by a third.
   */
  public static final int MAX_TOKEN_LENGTH = 2 * MAX_PAYLOAD_BYTES;

  private static final int VERSION = 0x01;
  private static final int HEADER_BYTES = 1 + AesGcm.IV_BYTES;
  private static final int MIN_TOKEN_BYTES = HEADER_BYTES + AesGcm.TAG_BYTES;

  private final SecretKeySpec key;

  private SealedTokenVerifier(SecretKeySpec key) {
    this.key = key;
  }

  /**
   * A verifier for a secret key.
   *
   * @param secretKey the organization's secret key ({@code sk_live_...}), or the lowercase or
   *     uppercase hex SHA-256 of it
   * @return the verifier
   * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when the key is blank
   */
  public static SealedTokenVerifier of(String secretKey) {
    return of(Secret.of(secretKey));
  }

  /**
   * A verifier for a secret key.
   *
   * @param secretKey the organization's secret key, or the hex SHA-256 of it
   * @return the verifier
   * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when the key is blank
   */
  public static SealedTokenVerifier of(Secret secretKey) {
    String value = Objects.requireNonNull(secretKey, "secretKey").reveal();
    if (value.isBlank()) {
      throw missingKey();
    }
    return new SealedTokenVerifier(SealedTokenKeys.derive(value));
  }

  /**
   * A verifier for the secret key in the {@value #SECRET_KEY_VARIABLE} environment variable.
   *
   * @return the verifier
   * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when the variable is unset
   *     or blank
   */
  public static SealedTokenVerifier fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  static SealedTokenVerifier fromEnvironment(Function<String, @Nullable String> environment) {
    String value = environment.apply(SECRET_KEY_VARIABLE);
    if (value == null || value.isBlank()) {
      throw missingKey();
    }
    return of(value);
  }

  /**
   * Verifies a token and reads its payload.
   *
   * @param sealedToken the token, standard base64
   * @return the verified payload
   * @throws SealedTokenException when the token does not verify, with the reason
   */
  public SessionVerification verify(String sealedToken) {
    Objects.requireNonNull(sealedToken, "sealedToken");
    if (sealedToken.length() > MAX_TOKEN_LENGTH) {
      throw new SealedTokenException(
          Reason.MALFORMED_TOKEN,
          "The sealed token is longer than " + MAX_TOKEN_LENGTH + " characters, more than any token");
    }
    byte[] bytes = Encodings.base64(sealedToken);
    if (bytes == null) {
      throw new SealedTokenException(
          Reason.MALFORMED_TOKEN,
          "The sealed token is not standard base64 (A-Z, a-z, 0-9, + and /, optional = padding)");
    }
    if (bytes.length < MIN_TOKEN_BYTES) {
      throw new SealedTokenException(
          Reason.TOKEN_TOO_SHORT,
          "The sealed token is too short: "
              + bytes.length
              + " bytes, fewer than the "
              + MIN_TOKEN_BYTES
              + " of version, nonce and tag");
    }
    int version = bytes[0] & 0xff;
    if (version != VERSION) {
      throw new SealedTokenException(
          Reason.UNSUPPORTED_VERSION,
          "Unsupported sealed token version " + version + ": this SDK reads version " + VERSION);
    }
    byte[] compressed;
    try {
      compressed =
          AesGcm.decrypt(key, bytes, 1, bytes, HEADER_BYTES, bytes.length - HEADER_BYTES);
    } catch (AEADBadTagException e) {
      throw new SealedTokenException(
          Reason.AUTHENTICATION_FAILURE,
          "The sealed token does not authenticate: it was altered, or sealed with another secret"
              + " key (use the secret key of the organization whose publishable key issued it)");
    }
    BoundedInflater.Result inflated = BoundedInflater.inflate(compressed, MAX_PAYLOAD_BYTES);
    byte[] json = inflated.bytes();
    if (json == null) {
      throw inflated.failure() == BoundedInflater.Failure.TOO_LARGE
          ? new SealedTokenException(
              Reason.PAYLOAD_TOO_LARGE,
              "The sealed token's payload inflates beyond " + MAX_PAYLOAD_BYTES + " bytes")
          : new SealedTokenException(
              Reason.DECOMPRESSION_FAILURE,
              "The sealed token's payload is not a complete zlib stream");
    }
    try {
      return TripwireJson.read(json, SessionVerification.class);
    } catch (TripwireJsonException e) {
      throw new SealedTokenException(
          Reason.INVALID_PAYLOAD,
          "The sealed token's payload is not a session verification: " + e.getMessage());
    }
  }

  /**
   * Verifies a token without throwing for a token that does not verify.
   *
   * @param sealedToken the token, standard base64
   * @return {@link SealedTokenResult.Valid} with the payload, or {@link SealedTokenResult.Invalid}
   *     with the error {@link #verify(String)} would throw
   */
  public SealedTokenResult safeVerify(String sealedToken) {
    try {
      return new SealedTokenResult.Valid(verify(sealedToken));
    } catch (SealedTokenException e) {
      return new SealedTokenResult.Invalid(e);
    }
  }

  /** Shows nothing of the key. */
  @Override
  public String toString() {
    return "SealedTokenVerifier{secretKey=[REDACTED]}";
  }

  /**
   * The AES key: SHA-256 of the normalised secret followed by {@code "\0sealed-results"}, where
   * the normalised secret is a 64-character hex value lower-cased, or else the lowercase hex
   * SHA-256 of the secret's UTF-8 bytes.
   */
  private static SealedTokenException missingKey() {
    return new SealedTokenException(
        Reason.MISSING_SECRET_KEY,
        "Missing Tripwire secret key: pass it to SealedTokenVerifier.of(...) or set "
            + SECRET_KEY_VARIABLE);
  }
}
