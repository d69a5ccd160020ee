package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.webhooks.token.SealedTokenException;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Minted tokens open with the SDK's verifier, for the key and for its hash, and only for them. */
class SealedTokensTest {
  private static final String PAYLOAD =
      "{\"object\":\"session_verification\",\"session_id\":\"sid_0123456789abcdefghjkmnpqrs\","
          + "\"decision\":{\"event_id\":\"evt_0123456789abcdefghjkmnpqrs\",\"verdict\":\"bot\","
          + "\"risk_score\":97,\"phase\":\"behavioral\",\"is_provisional\":false,\"manipulation\":null,"
          + "\"evaluation_duration_ms\":80,\"evaluated_at\":\"2026-12-01T10:00:00.000Z\"},"
          + "\"request\":{\"user_agent\":\"Mozilla/5.0\",\"url\":\"https://shop.example.com/\","
          + "\"screen_size\":null,\"is_touch_capable\":null,\"ip_address\":\"198.51.100.4\"},"
          + "\"visitor_fingerprint\":null,\"signals\":[],\"score_breakdown\":{\"categories\":null},"
          + "\"attribution\":{\"bot\":null},\"embed\":null,\"future_field\":\"kept\"}";

  @Test
  void aMintedTokenVerifiesWithThePlainKeyAndItsHash() throws Exception {
    String token = SealedTokens.seal("sk_test_mine", PAYLOAD);
    String hash = HexFormat.of().formatHex(
        MessageDigest.getInstance("SHA-256").digest("sk_test_mine".getBytes(StandardCharsets.UTF_8)));

    assertThat(SealedTokenVerifier.of("sk_test_mine").verify(token).sessionId())
        .isEqualTo("sid_0123456789abcdefghjkmnpqrs");
    assertThat(SealedTokenVerifier.of(hash.toUpperCase()).verify(token).decision().riskScore()).isEqualTo(97);
    assertThat(SealedTokens.seal("sk_test_mine", PAYLOAD)).as("a fresh nonce each time").isNotEqualTo(token);
  }

  @Test
  void anotherKeyCannotOpenIt() {
    String token = SealedTokens.seal("sk_test_mine", PAYLOAD);

    assertThatThrownBy(() -> SealedTokenVerifier.of("sk_test_theirs").verify(token))
        .isInstanceOf(SealedTokenException.class);
  }

  @Test
  void aBlankKeyIsRefused() {
    assertThatThrownBy(() -> SealedTokens.seal(" ", PAYLOAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKey");
  }
}
