package com.tripwirejs.http.internal;

import com.tripwirejs.model.Secret;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** How one operation authenticates: the client's secret key, a token given per call, or not. */
public final class Auth {

  private static final Auth SECRET_KEY = new Auth(Kind.SECRET_KEY, null, "secret key");
  private static final Auth NONE = new Auth(Kind.NONE, null, "none");

  /** The kinds of authentication the API uses. */
  public enum Kind {
    /** {@code Authorization: Bearer sk_...} from the client's secret key. */
    SECRET_KEY,
    /** {@code Authorization: Bearer <token>} from a token passed to the call. */
    BEARER_TOKEN,
    /** No {@code Authorization} header. */
    NONE
  }

  private final Kind kind;
  private final @Nullable Secret token;
  private final String tokenName;

  private Auth(Kind kind, @Nullable Secret token, String tokenName) {
    this.kind = kind;
    this.token = token;
    this.tokenName = tokenName;
  }

  /** The client's secret key. */
  public static Auth secretKey() {
    return SECRET_KEY;
  }

  /** No authentication. */
  public static Auth none() {
    return NONE;
  }

  /**
   * A bearer token passed to the call.
   *
   * @param token the token, or null when the caller passed none (the call then fails before I/O)
   * @param tokenName what to call it in errors, such as {@code "Gate poll token (gtpoll_...)"}
   */
  public static Auth bearer(@Nullable Secret token, String tokenName) {
    return new Auth(Kind.BEARER_TOKEN, token, Objects.requireNonNull(tokenName));
  }

  public Kind kind() {
    return kind;
  }

  public @Nullable Secret token() {
    return token;
  }

  public String tokenName() {
    return tokenName;
  }

  @Override
  public String toString() {
    return "Auth[" + kind + "]";
  }
}
