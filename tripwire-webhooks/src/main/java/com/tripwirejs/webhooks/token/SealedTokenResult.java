package com.tripwirejs.webhooks.token;

import java.util.Objects;

/**
 * The outcome of {@link SealedTokenVerifier#safeVerify(String)}: a {@link Valid} session
 * verification or the {@link Invalid} reason, never an exception.
 *
 * <pre>{@code
 * switch (verifier.safeVerify(token)) {
 *   case SealedTokenResult.Valid valid -> allow(valid.session());
 *   case SealedTokenResult.Invalid invalid -> deny(invalid.error().reason());
 * }
 * }</pre>
 */
public sealed interface SealedTokenResult {

  /**
   * Whether the token verified.
   *
   * @return true for {@link Valid}
   */
  boolean isValid();

  /**
   * The session verification, or the verification error thrown.
   *
   * @return the session verification
   * @throws SealedTokenException the error of an {@link Invalid} result
   */
  SessionVerification orElseThrow();

  /**
   * A token that verified.
   *
   * @param session the verified payload
   */
  record Valid(SessionVerification session) implements SealedTokenResult {

    /**
     * Creates the result.
     *
     * @param session the verified payload
     */
    public Valid {
      Objects.requireNonNull(session, "session");
    }

    @Override
    public boolean isValid() {
      return true;
    }

    @Override
    public SessionVerification orElseThrow() {
      return session;
    }
  }

  /**
   * A token that did not verify.
   *
   * @param error why
   */
  record Invalid(SealedTokenException error) implements SealedTokenResult {

    /**
     * Creates the result.
     *
     * @param error why the token did not verify
     */
    public Invalid {
      Objects.requireNonNull(error, "error");
    }

    @Override
    public boolean isValid() {
      return false;
    }

    @Override
    public SessionVerification orElseThrow() {
      throw error;
    }
  }
}
