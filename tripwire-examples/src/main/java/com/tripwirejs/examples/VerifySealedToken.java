package com.tripwirejs.examples;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.session.Decision;
import com.tripwirejs.webhooks.token.SealedTokenException;
import com.tripwirejs.webhooks.token.SealedTokenResult;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import com.tripwirejs.webhooks.token.SessionVerification;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Step 6: a sealed token opened on the server, while the organization rotates its secret key. The
 * browser SDK hands the page a sealed token, the encrypted verdict of its session; the page posts
 * it to your server, which opens it with the organization's secret key, without a call to the API.
 *
 * <pre>{@code
 * SealedTokenVerifier tokens = SealedTokenVerifier.fromEnvironment(); // FOIL_SECRET_KEY
 * SessionVerification session = tokens.verify(form.get("sealed_token"));
 * if (session.decision().verdict().equals(Verdict.BOT)) { ... }
 * }</pre>
 *
 * <p>A version 2 token, what the browser SDK issues today, is sealed once for every secret key the
 * organization has in use. While a key is rotated, give the verifier the new key first and the
 * previous one second: it opens the tokens sealed for both, and those still in flight that were
 * sealed for the previous key only. Drop the previous key once those have expired.
 *
 * <pre>{@code
 * SealedTokenVerifier tokens =
 *     SealedTokenVerifier.builder().addSecretKey(newKey).addSecretKey(previousKey).build();
 * }</pre>
 *
 * A token that was altered, or sealed for none of the verifier's keys, fails: {@link
 * SealedTokenVerifier#verify} throws a {@link SealedTokenException}, {@link
 * SealedTokenVerifier#safeVerify} returns {@link SealedTokenResult.Invalid} with the reason.
 */
public final class VerifySealedToken {

  /**
   * How one token fared with one verifier.
   *
   * @param tokenVersion the token's version, its first byte: 2 for the tokens of today's browser
   *     SDK, 1 for those issued before
   * @param sessionId the session the token opened to, or null if it was refused
   * @param refusal why the token was refused, or null if it opened
   */
  public record Check(int tokenVersion, @Nullable String sessionId, SealedTokenException.@Nullable Reason refusal) {

    /** {@return whether the token opened} */
    public boolean verified() {
      return refusal == null;
    }
  }

  /**
   * What the token said, and how each case of the rotation fared.
   *
   * @param sessionId the session the token is for
   * @param verdict the verdict, bot, human or inconclusive (the wire value)
   * @param riskScore the risk score, 0 to 100
   * @param phase the phase of the decision (the wire value)
   * @param signals how many signals the token carries
   * @param verifier what the rotation's verifier prints: how many keys it has, none of them
   * @param sealedForBoth the token sealed for the new and the previous key, with the rotation's
   *     verifier (new key first, previous second)
   * @param sealedForPrevious a token sealed for the previous key only, still in flight, with the
   *     rotation's verifier
   * @param unrelatedKey the token sealed for both, with a verifier of an unrelated key only
   * @param altered the token sealed for both with one bit of its sealed payload flipped, with the
   *     rotation's verifier
   */
  public record Verified(
      String sessionId,
      String verdict,
      int riskScore,
      String phase,
      int signals,
      String verifier,
      Check sealedForBoth,
      Check sealedForPrevious,
      Check unrelatedKey,
      Check altered) {}

  /** Version 2: the version byte, the recipient count and the payload nonce and length come first. */
  private static final int SEALED_PAYLOAD_OFFSET = 1 + 2 + 12 + 4;

  private VerifySealedToken() {}

  /**
   * Opens the tokens of a key rotation with a verifier of the new and the previous key, then shows
   * what a verifier of another key and an altered token get.
   *
   * @param newKey the organization's new secret key (or the hex SHA-256 of it)
   * @param previousKey the key it replaces, still accepted during the rotation
   * @param unrelatedKey a key the tokens were not sealed for
   * @param sealedForBoth a token sealed for {@code newKey} and {@code previousKey}, standard base64
   * @param sealedForPrevious a token sealed for {@code previousKey} only
   * @return what the tokens said
   * @throws SealedTokenException if {@code sealedForBoth} does not open with the rotation's
   *     verifier
   */
  public static Verified run(
      Secret newKey, Secret previousKey, Secret unrelatedKey, String sealedForBoth, String sealedForPrevious) {
    // Derives the keys once; keep one verifier for the application.
    SealedTokenVerifier rotation = SealedTokenVerifier.builder().addSecretKey(newKey).addSecretKey(previousKey).build();
    SessionVerification session = rotation.verify(sealedForBoth);
    Decision decision = session.decision();

    return new Verified(
        session.sessionId(),
        decision.verdict().value(),
        decision.riskScore(),
        decision.phase().value(),
        session.signals().size(),
        rotation.toString(),
        check(rotation, sealedForBoth),
        check(rotation, sealedForPrevious),
        check(SealedTokenVerifier.of(unrelatedKey), sealedForBoth),
        check(rotation, flipOneBit(sealedForBoth)));
  }

  private static Check check(SealedTokenVerifier verifier, String sealedToken) {
    int version = Base64.getDecoder().decode(sealedToken)[0] & 0xff;
    SealedTokenResult result = verifier.safeVerify(sealedToken);
    if (result instanceof SealedTokenResult.Invalid invalid) {
      return new Check(version, null, invalid.error().reason());
    }
    return new Check(version, ((SealedTokenResult.Valid) result).session().sessionId(), null);
  }

  /** The token with one bit of its sealed payload flipped, as a tampered token would arrive. */
  private static String flipOneBit(String sealedToken) {
    byte[] bytes = Base64.getDecoder().decode(sealedToken);
    bytes[SEALED_PAYLOAD_OFFSET] ^= 0x01;
    return Base64.getEncoder().encodeToString(bytes);
  }
}
