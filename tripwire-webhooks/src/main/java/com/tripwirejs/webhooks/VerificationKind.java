package com.tripwirejs.webhooks;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What kind of inbound check a {@link VerificationListener} is told about: a low-cardinality name
 * fit for a metric tag, such as {@code webhook} or {@code sealed_token}.
 *
 * <p>This module has {@link #WEBHOOK} and {@link #SEALED_TOKEN}; the {@code tripwire-gate} module
 * adds its own kinds with {@link #of(String)}.
 *
 * @param name the kind's name: lowercase letters, digits, {@code _} and {@code .}, starting with a
 *     letter, at most 64 characters
 */
public record VerificationKind(String name) {

  private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_.]{0,63}");

  /** A webhook delivery: its signature and timestamp, and its event when it is read. */
  public static final VerificationKind WEBHOOK = new VerificationKind("webhook");

  /** A sealed session token from the browser SDK. */
  public static final VerificationKind SEALED_TOKEN = new VerificationKind("sealed_token");

  /**
   * A kind with its name.
   *
   * @throws IllegalArgumentException if the name is not of the documented form
   */
  public VerificationKind {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "A verification kind is lowercase letters, digits, '_' and '.', starting with a letter,"
              + " at most 64 characters: " + name.length() + " characters given");
    }
  }

  /**
   * The kind with this name.
   *
   * @param name the kind's name, see {@link VerificationKind}
   * @return the kind
   * @throws IllegalArgumentException if the name is not of the documented form
   */
  public static VerificationKind of(String name) {
    return new VerificationKind(name);
  }

  @Override
  public String toString() {
    return name;
  }
}
