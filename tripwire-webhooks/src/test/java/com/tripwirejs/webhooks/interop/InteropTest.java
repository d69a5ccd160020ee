package com.tripwirejs.webhooks.interop;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.testing.IndependentCrypto;
import com.tripwirejs.webhooks.testing.TestTokens;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Interoperability, not self-consistency: what an independent implementation produces verifies
 * here, and what this SDK produces verifies there. Production uses the JDK (AES-GCM, HMAC, SHA-256,
 * zlib inflation); the other side is Bouncy Castle, a test dependency only, or the tests' own zlib
 * writer. Gate's interoperability tests are in tripwire-gate.
 */
class InteropTest {
  @RepeatedTest(5)
  void sealedTokensFromTheIndependentImplementationVerify() {
    String key = "sk_live_" + HexFormat.of().formatHex(IndependentCrypto.random(8));
    String payload = "{\"object\":\"session_verification\",\"session_id\":\"sid_x\",\"decision\":{\"event_id\":\"evt_1\","
        + "\"verdict\":\"human\",\"risk_score\":1,\"phase\":\"behavioral\",\"is_provisional\":false,"
        + "\"manipulation\":{\"score\":0,\"verdict\":\"none\"},\"evaluation_duration_ms\":1,"
        + "\"evaluated_at\":\"2026-03-24T20:00:00.000Z\"},\"request\":{\"user_agent\":\"u\",\"url\":\"https://e.com\","
        + "\"screen_size\":\"1x1\",\"is_touch_capable\":true,\"ip_address\":\"::1\"},\"visitor_fingerprint\":null,"
        + "\"signals\":[{\"id\":\"E6\",\"category\":\"environment\",\"confidence\":\"strong\",\"score\":2.5}],"
        + "\"score_breakdown\":{\"categories\":null},\"attribution\":{\"bot\":null},\"embed\":{\"origin\":\"https://e.com\"}}";
    for (String token :
        new String[] {
          TestTokens.seal(key, payload),
          TestTokens.sealCompressed(key, IndependentCrypto.zlibStored(IndependentCrypto.utf8(payload)))
        }) {
      String hash = HexFormat.of().formatHex(IndependentCrypto.sha256(IndependentCrypto.utf8(key)));
      for (String secret : new String[] {key, hash, hash.toUpperCase()}) {
        assertThat(SealedTokenVerifier.of(secret).verify(token).signals().get(0).score()).isEqualTo(2.5);
      }
    }
  }

  @Test
  void webhookSignaturesAgreeWithBouncyCastleHmacBothWays() {
    Instant now = Instant.parse("2026-01-02T00:00:00Z");
    String secret = "whsec_\u00e9_interop";
    String body = "{\"id\":\"wevt_1\",\"object\":\"webhook_event\",\"type\":\"webhook.test\",\"created\":\"2026-01-02T00:00:00.000Z\",\"data\":{\"object\":\"webhook_test\",\"endpoint\":{\"id\":\"we_1\"}}}";
    String timestamp = Long.toString(now.getEpochSecond());
    String independent = HexFormat.of().formatHex(IndependentCrypto.hmacSha256(IndependentCrypto.utf8(secret), IndependentCrypto.utf8(timestamp + "." + body)));

    WebhookSignature ours = WebhookSigner.of(secret).sign(body, now);
    WebhookVerifier verifier = WebhookVerifier.builder().addSigningSecret(secret).clock(Clock.fixed(now, ZoneOffset.UTC)).build();

    assertThat(ours.signature()).isEqualTo(independent);
    assertThat(verifier.verify(body, timestamp, independent)).isNotNull();
  }
}
