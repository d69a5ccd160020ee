package com.tripwirejs.webhooks;

import com.tripwirejs.model.Secret;
import com.tripwirejs.webhooks.internal.HmacSha256;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.crypto.Mac;

/** One webhook signing secret, ready to compute signatures; shared by the signer and verifier. */
final class SigningKey {

  private static final byte SEPARATOR = '.';

  private final HmacSha256 hmac;

  private SigningKey(HmacSha256 hmac) {
    this.hmac = hmac;
  }

  static SigningKey of(Secret signingSecret) {
    String value = signingSecret.reveal();
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "A webhook signing secret must not be "
              + (value.isEmpty() ? "empty" : "blank")
              + ": pass the endpoint's signing secret (whsec_...), as the API returns it when the"
              + " endpoint is created or its secret is rotated (WebhookEndpoint.signingSecret())");
    }
    byte[] key = value.getBytes(StandardCharsets.UTF_8);
    try {
      return new SigningKey(new HmacSha256(key));
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** HMAC-SHA256 of {@code timestamp + "." + body}; the timestamp is ASCII digits. */
  byte[] sign(String timestamp, byte[] body) {
    // One update for the timestamp and the separator: Mac.update(byte) per character costs more
    // than the HMAC of a small body.
    int length = timestamp.length();
    byte[] prefix = new byte[length + 1];
    for (int i = 0; i < length; i++) {
      prefix[i] = (byte) timestamp.charAt(i);
    }
    prefix[length] = SEPARATOR;
    Mac mac = hmac.newMac();
    mac.update(prefix);
    return mac.doFinal(body);
  }
}
