package com.tripwirejs.webhooks.internal;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * HMAC-SHA256 under one key, from the JDK's providers.
 *
 * <p>The key is set up once: each computation clones an initialised prototype instead of looking
 * up a provider and initialising a new instance. The prototype itself is never updated, only
 * cloned, so one instance is safe to share between threads. Providers whose MAC cannot be cloned
 * get a new instance from the same provider each time.
 */
public final class HmacSha256 {

  private static final String ALGORITHM = "HmacSHA256";

  private final SecretKeySpec key;
  private final Mac prototype;
  private final boolean cloneable;

  /**
   * Sets up the key.
   *
   * @param key the HMAC key; must not be empty
   */
  public HmacSha256(byte[] key) {
    this.key = new SecretKeySpec(key, ALGORITHM);
    try {
      this.prototype = Mac.getInstance(ALGORITHM);
      prototype.init(this.key);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
    this.cloneable = canClone(prototype);
  }

  /**
   * A fresh {@link Mac} keyed with this key, for one computation by one thread.
   *
   * @return a keyed, reset MAC
   */
  public Mac newMac() {
    if (cloneable) {
      try {
        return (Mac) prototype.clone();
      } catch (CloneNotSupportedException e) {
        // canClone said otherwise; use a new instance below.
      }
    }
    try {
      Mac mac = Mac.getInstance(ALGORITHM, prototype.getProvider());
      mac.init(key);
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available in this JVM", e);
    }
  }

  private static boolean canClone(Mac mac) {
    try {
      mac.clone();
      return true;
    } catch (CloneNotSupportedException e) {
      return false;
    }
  }
}
