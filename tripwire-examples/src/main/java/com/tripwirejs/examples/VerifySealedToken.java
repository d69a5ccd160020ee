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
 * Step 5: a sealed token opened on the server. The browser SDK hands the page a sealed token, the
 * encrypted verdict of its session; the page posts it to your server, which opens it with the
 * organization's secret key, without a call to the API.
 *
 * <pre>{@code
 * SealedTokenVerifier tokens = SealedTokenVerifier.fromEnvironment(); // TRIPWIRE_SECRET_KEY
 * SessionVerification session = tokens.verify(form.get("tripwire_token"));
 * if (session.decision().verdict().equals(Verdict.BOT)) { ... }
 * }</pre>
 *
 * A token that was altered, or sealed for another key, fails: {@link SealedTokenVerifier#verify}
 * throws a {@link SealedTokenException}, {@link SealedTokenVerifier#safeVerify} returns {@link
 * SealedTokenResult.Invalid}.
 */
public final class VerifySealedToken {

  /**
   * What the token said, and how an altered copy fared.
   *
   * @param sessionId the session the token is for
   * @param verdict the verdict, bot, human or inconclusive (the wire value)
   * @param riskScore the risk score, 0 to 100
   * @param phase the phase of the decision (the wire value)
   * @param signals how many signals the token carries
   * @param alteredRejection why the altered copy was refused, or null if it was accepted
   */
  public record Verified(
      String sessionId,
      String verdict,
      int riskScore,
      String phase,
      int signals,
      SealedTokenException.@Nullable Reason alteredRejection) {}

  private VerifySealedToken() {}

  /**
   * Opens {@code sealedToken} with {@code secretKey}, then tries a copy with one bit flipped.
   *
   * @param secretKey the organization's secret key, or the hex SHA-256 of it
   * @param sealedToken the token, standard base64
   * @return what the token said
   * @throws SealedTokenException if the token does not open with this key
   */
  public static Verified run(Secret secretKey, String sealedToken) {
    // Derives the key once; keep one verifier for the application.
    SealedTokenVerifier verifier = SealedTokenVerifier.of(secretKey);
    SessionVerification session = verifier.verify(sealedToken);
    Decision decision = session.decision();

    SealedTokenResult altered = verifier.safeVerify(flipOneBit(sealedToken));
    SealedTokenException.Reason rejection =
        altered instanceof SealedTokenResult.Invalid invalid ? invalid.error().reason() : null;

    return new Verified(
        session.sessionId(),
        decision.verdict().value(),
        decision.riskScore(),
        decision.phase().value(),
        session.signals().size(),
        rejection);
  }

  /** The token with one bit of its ciphertext flipped, as a tampered token would arrive. */
  private static String flipOneBit(String sealedToken) {
    byte[] bytes = Base64.getDecoder().decode(sealedToken);
    bytes[bytes.length / 2] ^= 0x01;
    return Base64.getEncoder().encodeToString(bytes);
  }
}
