package com.tripwirejs.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A secret string: a revealed API key, a webhook signing secret, a Gate poll, acknowledgement or
 * agent token, a login code.
 *
 * <p>Its {@link #toString()} never shows the value, so a secret does not leak through logs,
 * exception messages or the {@code toString()} of the objects that hold it. Reading the value takes
 * the explicit call {@link #reveal()}. Writing a model object as JSON writes the secret itself, as
 * the API sent or expects it.
 */
public final class Secret {

  private static final String REDACTED = "[REDACTED]";

  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * Wraps a secret value.
   *
   * @param value the secret; must not be null
   * @return the wrapped secret
   * @throws NullPointerException if {@code value} is null
   */
  @JsonCreator
  public static Secret of(String value) {
    return new Secret(Objects.requireNonNull(value, "secret value"));
  }

  /**
   * Returns the secret value itself. Call it only where the value is really needed (an HTTP
   * header, a key derivation), never to log or display it.
   *
   * @return the secret value
   */
  @JsonValue
  public String reveal() {
    return value;
  }

  /**
   * Compares with another secret in time independent of where the two values differ.
   *
   * @param other the object to compare with
   * @return whether {@code other} is a secret with the same value
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof Secret
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8),
            ((Secret) other).value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns a fixed marker, never the value. */
  @Override
  public String toString() {
    return REDACTED;
  }
}
