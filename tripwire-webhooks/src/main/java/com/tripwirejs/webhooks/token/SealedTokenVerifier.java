package com.tripwirejs.webhooks.token;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.webhooks.VerificationKind;
import com.tripwirejs.webhooks.VerificationListener;
import com.tripwirejs.webhooks.VerificationOutcome;
import com.tripwirejs.webhooks.internal.AesGcm;
import com.tripwirejs.webhooks.internal.BoundedInflater;
import com.tripwirejs.webhooks.internal.Encodings;
import com.tripwirejs.webhooks.internal.Observed;
import com.tripwirejs.webhooks.internal.SealedTokenFormat;
import com.tripwirejs.webhooks.internal.SealedTokenKeys;
import com.tripwirejs.webhooks.token.SealedTokenException.Reason;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.crypto.AEADBadTagException;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * Verifies sealed session tokens: the result of a browser session that the Foil browser SDK hands
 * to your server, sealed with your organization's secret key.
 *
 * <pre>{@code
 * SealedTokenVerifier verifier = SealedTokenVerifier.fromEnvironment(); // FOIL_SECRET_KEY
 * SessionVerification session = verifier.verify(request.getParameter("sealed_token"));
 * if (session.decision().verdict().equals(Verdict.BOT)) { ... }
 * }</pre>
 *
 * <p>Both token versions are read; the first byte selects the version. Version 1 seals the payload
 * for one secret key. Version 2 seals it once and carries the content key wrapped for each of up to
 * {@value #MAX_RECIPIENTS} recipients (independently issued keys, key rotation); the verifier finds
 * its entry by the recipient id its secret key derives. The payload is zlib-compressed JSON; it may
 * inflate to at most {@value #MAX_PAYLOAD_BYTES} bytes, so a token cannot make the server expand
 * unbounded data.
 *
 * <p>During a key rotation, give the verifier every key still in use, the current one first:
 *
 * <pre>{@code
 * SealedTokenVerifier verifier =
 *     SealedTokenVerifier.builder().addSecretKey(currentKey).addSecretKey(previousKey).build();
 * }</pre>
 *
 * <p>A version 2 token verifies when it carries an entry for any of the keys; a version 1 token is
 * tried under each key in turn. The AES keys and recipient ids are derived once, when the verifier
 * is built: keep one verifier and share it. Instances are immutable and thread-safe; {@link
 * #toString()} shows neither the keys nor their recipient ids.
 *
 * <p>A {@link VerificationListener} set with {@link Builder#listener(VerificationListener)} or
 * {@link #withListener(VerificationListener)} is told each token's outcome (verified, or rejected
 * with the reason), never the token or its payload.
 */
public final class SealedTokenVerifier {

  /** The largest payload a token may inflate to, in bytes (1 MiB). */
  public static final int MAX_PAYLOAD_BYTES = 1 << 20;

  /**
   * The longest token accepted, in characters. A token sealing the largest payload is shorter:
   * zlib expands incompressible data by well under 1%, base64 by a third, and {@value
   * #MAX_RECIPIENTS} recipient entries add 23,552 bytes.
   */
  public static final int MAX_TOKEN_LENGTH = 2 * MAX_PAYLOAD_BYTES;

  /** The most recipients a version 2 token may have. */
  public static final int MAX_RECIPIENTS = SealedTokenFormat.MAX_RECIPIENTS;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.BIG_ENDIAN);
  private static final int ID_BYTES = SealedTokenKeys.RECIPIENT_ID_BYTES;

  /** What one secret key derives, computed once. */
  private static final class Recipient {
    final SecretKeySpec key;
    final byte[] id;
    final long idPrefix;
    final byte[] wrapAad;

    Recipient(String secret) {
      this.key = SealedTokenKeys.derive(secret);
      this.id = SealedTokenKeys.recipientId(secret);
      this.idPrefix = (long) LONGS.get(id, 0);
      this.wrapAad = SealedTokenFormat.recipientAad(id);
    }
  }

  private final Recipient[] recipients;
  private final VerificationListener listener;

  private SealedTokenVerifier(Recipient[] recipients, VerificationListener listener) {
    this.recipients = recipients;
    this.listener = listener;
  }

  /**
   * A verifier for one secret key.
   *
   * @param secretKey the organization's secret key ({@code sk_live_...}), or the lowercase or
   *     uppercase hex SHA-256 of it
   * @return the verifier
   * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when the key is blank
   */
  public static SealedTokenVerifier of(String secretKey) {
    return builder().addSecretKey(secretKey).build();
  }

  /**
   * A verifier for one secret key.
   *
   * @param secretKey the organization's secret key, or the hex SHA-256 of it
   * @return the verifier
   * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when the key is blank
   */
  public static SealedTokenVerifier of(Secret secretKey) {
    return builder().addSecretKey(secretKey).build();
  }

  /**
   * A builder for a verifier of several secret keys: the keys of a rotation (current and previous),
   * or of several organizations.
   *
   * @return a builder without keys
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A verifier for the secret key in the environment: {@code FOIL_SECRET_KEY}, or {@code
   * TRIPWIRE_SECRET_KEY} when that is unset (the variable of each {@link
   * ServiceGeneration#ACCEPTED} generation, in that order).
   *
   * @return the verifier
   * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when neither variable is
   *     set to a non-blank value
   */
  public static SealedTokenVerifier fromEnvironment() {
    return fromEnvironment(System::getenv);
  }

  static SealedTokenVerifier fromEnvironment(Function<String, @Nullable String> environment) {
    for (ServiceGeneration generation : ServiceGeneration.ACCEPTED) {
      String value = environment.apply(generation.secretKeyVariable());
      if (value != null && !value.isBlank()) {
        return of(value);
      }
    }
    throw missingKey();
  }

  /**
   * Verifies a token and reads its payload.
   *
   * @param sealedToken the token, standard base64
   * @return the verified payload
   * @throws SealedTokenException when the token does not verify, with the reason
   */
  public SessionVerification verify(String sealedToken) {
    VerificationListener.Verification verification =
        Observed.start(listener, VerificationKind.SEALED_TOKEN);
    SessionVerification verified;
    try {
      verified = open(sealedToken);
    } catch (RuntimeException e) {
      Observed.end(verification, VerificationOutcome.rejected(VerificationKind.SEALED_TOKEN, e));
      throw e;
    }
    Observed.end(verification, VerificationOutcome.verified(VerificationKind.SEALED_TOKEN));
    return verified;
  }

  /**
   * The listener that this verifier tells about each token it checks; {@link
   * VerificationListener#NONE} unless one was set.
   *
   * @return the listener
   */
  public VerificationListener listener() {
    return listener;
  }

  /**
   * This verifier with another listener, for the same keys (derived once, shared). For
   * instrumenting a verifier built elsewhere:
   *
   * <pre>{@code
   * SealedTokenVerifier observed = verifier.withListener(new ObservationVerificationListener(registry));
   * }</pre>
   *
   * @param listener told about each token checked; {@link VerificationListener#NONE} for none
   * @return a verifier with that listener
   */
  public SealedTokenVerifier withListener(VerificationListener listener) {
    return new SealedTokenVerifier(recipients, Objects.requireNonNull(listener, "listener"));
  }

  private SessionVerification open(String sealedToken) {
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
    if (bytes.length == 0) {
      throw new SealedTokenException(Reason.TOKEN_TOO_SHORT, "The sealed token is empty");
    }
    int version = bytes[0] & 0xff;
    byte[] compressed;
    if (version == SealedTokenFormat.VERSION_1) {
      compressed = openVersion1(bytes);
    } else if (version == SealedTokenFormat.VERSION_2) {
      compressed = openVersion2(bytes);
    } else {
      throw new SealedTokenException(
          Reason.UNSUPPORTED_VERSION,
          "Unsupported sealed token version "
              + version
              + ": this SDK reads versions "
              + SealedTokenFormat.VERSION_1
              + " and "
              + SealedTokenFormat.VERSION_2);
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

  /** Shows how many keys the verifier has, nothing of them. */
  @Override
  public String toString() {
    return "SealedTokenVerifier{secretKeys=" + recipients.length + " [REDACTED]}";
  }

  private byte[] openVersion1(byte[] bytes) {
    if (bytes.length < SealedTokenFormat.V1_OVERHEAD) {
      throw new SealedTokenException(
          Reason.TOKEN_TOO_SHORT,
          "The version 1 sealed token is too short: "
              + bytes.length
              + " bytes, fewer than the "
              + SealedTokenFormat.V1_OVERHEAD
              + " of version, nonce and tag");
    }
    int offset = 1 + AesGcm.IV_BYTES;
    for (Recipient recipient : recipients) {
      try {
        return AesGcm.decrypt(recipient.key, bytes, 1, bytes, offset, bytes.length - offset);
      } catch (AEADBadTagException e) {
        // Not this key: try the next.
      }
    }
    throw new SealedTokenException(
        Reason.AUTHENTICATION_FAILURE,
        "The sealed token does not authenticate: it was altered, or sealed with another secret"
            + " key (use the secret key of the organization whose publishable key issued it)");
  }

  private byte[] openVersion2(byte[] bytes) {
    int length = bytes.length;
    if (length < SealedTokenFormat.V2_HEADER_BYTES) {
      throw new SealedTokenException(
          Reason.TOKEN_TOO_SHORT,
          "The version 2 sealed token is too short: "
              + length
              + " bytes, fewer than the "
              + SealedTokenFormat.V2_HEADER_BYTES
              + " of its header");
    }
    int count = ((bytes[1] & 0xff) << 8) | (bytes[2] & 0xff);
    if (count < SealedTokenFormat.MIN_RECIPIENTS || count > MAX_RECIPIENTS) {
      throw new SealedTokenException(
          Reason.MALFORMED_TOKEN,
          "The version 2 sealed token declares "
              + count
              + " recipients; a token has 1 through "
              + MAX_RECIPIENTS);
    }
    int at = SealedTokenFormat.V2_LENGTH_OFFSET;
    long ciphertextLength =
        ((bytes[at] & 0xffL) << 24)
            | ((bytes[at + 1] & 0xffL) << 16)
            | ((bytes[at + 2] & 0xffL) << 8)
            | (bytes[at + 3] & 0xffL);
    long entries = (long) count * SealedTokenFormat.ENTRY_BYTES;
    long expected = SealedTokenFormat.V2_HEADER_BYTES + ciphertextLength + AesGcm.TAG_BYTES + entries;
    if (expected > length) {
      throw new SealedTokenException(
          Reason.MALFORMED_TOKEN,
          "The version 2 sealed token is "
              + length
              + " bytes, fewer than the "
              + expected
              + " its header declares (payload ciphertext of "
              + ciphertextLength
              + " bytes, tag, and "
              + count
              + " recipient entries of "
              + SealedTokenFormat.ENTRY_BYTES
              + " bytes)");
    }
    if (expected < length) {
      throw new SealedTokenException(
          Reason.MALFORMED_TOKEN,
          "The version 2 sealed token has "
              + (length - expected)
              + " bytes after its last recipient entry");
    }
    int sealedLength = (int) ciphertextLength + AesGcm.TAG_BYTES;
    int entriesOffset = SealedTokenFormat.V2_HEADER_BYTES + sealedLength;
    boolean matched = false;
    for (Recipient recipient : recipients) {
      int entry = find(bytes, entriesOffset, count, recipient);
      if (entry < 0) {
        continue;
      }
      matched = true;
      byte[] contentKey;
      try {
        contentKey =
            AesGcm.decrypt(
                recipient.key,
                bytes,
                entry + SealedTokenFormat.ENTRY_NONCE_OFFSET,
                recipient.wrapAad,
                bytes,
                entry + SealedTokenFormat.ENTRY_WRAPPED_OFFSET,
                SealedTokenFormat.CONTENT_KEY_BYTES + AesGcm.TAG_BYTES);
      } catch (AEADBadTagException e) {
        continue;
      }
      try {
        return AesGcm.decryptWithOneTimeKey(
            AesGcm.key(contentKey),
            bytes,
            SealedTokenFormat.V2_NONCE_OFFSET,
            SealedTokenFormat.payloadAad(bytes, entriesOffset, count),
            bytes,
            SealedTokenFormat.V2_HEADER_BYTES,
            sealedLength);
      } catch (AEADBadTagException e) {
        throw new SealedTokenException(
            Reason.AUTHENTICATION_FAILURE,
            "The sealed token's payload does not authenticate: the payload, its header or its"
                + " list of recipients was altered");
      } finally {
        Arrays.fill(contentKey, (byte) 0);
      }
    }
    if (matched) {
      throw new SealedTokenException(
          Reason.AUTHENTICATION_FAILURE,
          "The sealed token's recipient entry for this secret key does not authenticate: it was"
              + " altered");
    }
    throw new SealedTokenException(
        Reason.RECIPIENT_NOT_FOUND,
        "The sealed token is not sealed for "
            + (recipients.length == 1 ? "this secret key" : "any of these " + recipients.length + " secret keys")
            + ": none of its "
            + count
            + " recipient entries is for "
            + (recipients.length == 1 ? "it" : "them")
            + " (use the secret key of an organization the token was issued for)");
  }

  /** The offset of the first entry for the recipient, or -1. */
  private static int find(byte[] bytes, int entriesOffset, int count, Recipient recipient) {
    long prefix = recipient.idPrefix;
    byte[] id = recipient.id;
    for (int i = 0, entry = entriesOffset; i < count; i++, entry += SealedTokenFormat.ENTRY_BYTES) {
      if ((long) LONGS.get(bytes, entry) == prefix
          && Arrays.equals(bytes, entry, entry + ID_BYTES, id, 0, ID_BYTES)) {
        return entry;
      }
    }
    return -1;
  }

  private static SealedTokenException missingKey() {
    return new SealedTokenException(
        Reason.MISSING_SECRET_KEY,
        "Missing secret key: set "
            + variables()
            + ", or pass the key to SealedTokenVerifier.of(secretKey) or"
            + " SealedTokenVerifier.builder().addSecretKey(secretKey)");
  }

  private static String variables() {
    List<String> names = new ArrayList<>();
    for (ServiceGeneration generation : ServiceGeneration.ACCEPTED) {
      names.add(generation.secretKeyVariable());
    }
    return String.join(" (or ", names) + ")".repeat(names.size() - 1);
  }

  /**
   * Builds a verifier of one or more secret keys. Not thread-safe; the verifier it builds is.
   */
  public static final class Builder {

    private final List<String> secretKeys = new ArrayList<>();
    private VerificationListener listener = VerificationListener.NONE;

    private Builder() {}

    /**
     * The listener told about each token the verifier checks, such as the {@code
     * tripwire-micrometer} module's {@code ObservationVerificationListener}: verified or rejected,
     * with the reason's code, never the token or its payload. Default {@link
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
     * Adds a secret key. Keys are tried in the order added: add the current key first.
     *
     * @param secretKey the organization's secret key ({@code sk_live_...}), or the lowercase or
     *     uppercase hex SHA-256 of it
     * @return this builder
     * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when the key is blank
     */
    public Builder addSecretKey(String secretKey) {
      Objects.requireNonNull(secretKey, "secretKey");
      if (secretKey.isBlank()) {
        throw missingKey();
      }
      secretKeys.add(secretKey);
      return this;
    }

    /**
     * Adds a secret key. Keys are tried in the order added: add the current key first.
     *
     * @param secretKey the organization's secret key, or the hex SHA-256 of it
     * @return this builder
     * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when the key is blank
     */
    public Builder addSecretKey(Secret secretKey) {
      return addSecretKey(Objects.requireNonNull(secretKey, "secretKey").reveal());
    }

    /**
     * Adds secret keys, in order.
     *
     * @param secretKeys the keys, the current one first
     * @return this builder
     * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when a key is blank
     */
    public Builder addSecretKeys(Iterable<String> secretKeys) {
      for (String secretKey : Objects.requireNonNull(secretKeys, "secretKeys")) {
        addSecretKey(secretKey);
      }
      return this;
    }

    /**
     * Derives each key's AES key and recipient id and builds the verifier. A key given twice (or
     * as the key and as its hash) counts once.
     *
     * @return the verifier
     * @throws SealedTokenException with reason {@code MISSING_SECRET_KEY} when no key was added
     */
    public SealedTokenVerifier build() {
      if (secretKeys.isEmpty()) {
        throw missingKey();
      }
      List<Recipient> recipients = new ArrayList<>();
      for (String secretKey : secretKeys) {
        Recipient recipient = new Recipient(secretKey);
        if (recipients.stream().noneMatch(r -> Arrays.equals(r.id, recipient.id))) {
          recipients.add(recipient);
        }
      }
      return new SealedTokenVerifier(recipients.toArray(new Recipient[0]), listener);
    }
  }
}
