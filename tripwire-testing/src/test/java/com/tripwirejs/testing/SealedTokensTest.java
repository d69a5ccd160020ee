package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.webhooks.token.SealedTokenException;
import com.tripwirejs.webhooks.token.SealedTokenException.Reason;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Minted tokens open with the SDK's verifier, for their keys and the keys' hashes, and only for them. */
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
  private static final String SESSION = "sid_0123456789abcdefghjkmnpqrs";

  @Test
  void aMintedTokenVerifiesWithThePlainKeyAndItsHash() throws Exception {
    String token = SealedTokens.seal("sk_test_mine", PAYLOAD);
    String hash = sha256Hex("sk_test_mine");

    assertThat(SealedTokenVerifier.of("sk_test_mine").verify(token).sessionId()).isEqualTo(SESSION);
    assertThat(SealedTokenVerifier.of(hash.toUpperCase(Locale.ROOT)).verify(token).decision().riskScore()).isEqualTo(97);
    assertThat(SealedTokens.seal("sk_test_mine", PAYLOAD)).as("fresh nonces each time").isNotEqualTo(token);
  }

  @Test
  void theDefaultIsVersionTwoAndVersionOneIsAChoice() {
    assertThat(SealedTokens.DEFAULT_VERSION).isEqualTo(SealedTokens.Version.V2);
    assertThat(versionOf(SealedTokens.seal("sk_test_mine", PAYLOAD))).isEqualTo(2);
    String v1 =
        SealedTokens.builder().version(SealedTokens.Version.V1).addSecretKey("sk_test_mine").payload(PAYLOAD).seal();
    assertThat(versionOf(v1)).isEqualTo(1);
    assertThat(SealedTokenVerifier.of("sk_test_mine").verify(v1).sessionId()).isEqualTo(SESSION);
  }

  @Test
  void aTokenForSeveralKeysOpensWithEachOfThemAndWithARotatedVerifier() throws Exception {
    String token = SealedTokens.seal(List.of("sk_test_new", "sk_test_old"), PAYLOAD);

    for (String secret : List.of("sk_test_new", "sk_test_old", sha256Hex("sk_test_old"))) {
      assertThat(SealedTokenVerifier.of(secret).verify(token).sessionId()).isEqualTo(SESSION);
    }
    SealedTokenVerifier rotated =
        SealedTokenVerifier.builder().addSecretKey("sk_test_new").addSecretKey("sk_test_old").build();
    assertThat(rotated.verify(SealedTokens.seal("sk_test_old", PAYLOAD)).sessionId()).isEqualTo(SESSION);
    assertThat(rotated.verify(SealedTokens.seal("sk_test_new", PAYLOAD)).sessionId()).isEqualTo(SESSION);
    String v1Old = SealedTokens.builder().version(SealedTokens.Version.V1).addSecretKey("sk_test_old").payload(PAYLOAD).seal();
    assertThat(rotated.verify(v1Old).sessionId()).isEqualTo(SESSION);
    assertThat(Base64.getDecoder().decode(token)[2]).as("recipient count").isEqualTo((byte) 2);
  }

  @Test
  void theMostRecipientsATokenMayHave() {
    List<String> keys = IntStream.range(0, 256).mapToObj(i -> "sk_test_" + i).toList();
    String token = SealedTokens.seal(keys, PAYLOAD);
    assertThat(SealedTokenVerifier.of("sk_test_255").verify(token).sessionId()).isEqualTo(SESSION);
    assertThat(SealedTokenVerifier.of("sk_test_0").verify(token).sessionId()).isEqualTo(SESSION);
  }

  @Test
  void anotherKeyCannotOpenIt() {
    String v2 = SealedTokens.seal(List.of("sk_test_mine", "sk_test_also_mine"), PAYLOAD);
    String v1 = SealedTokens.builder().version(SealedTokens.Version.V1).addSecretKey("sk_test_mine").payload(PAYLOAD).seal();

    assertThatThrownBy(() -> SealedTokenVerifier.of("sk_test_theirs").verify(v2))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RECIPIENT_NOT_FOUND));
    assertThatThrownBy(() -> SealedTokenVerifier.of("sk_test_theirs").verify(v1))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILURE));
  }

  @Test
  void whatATokenCannotBeIsRefusedWhenMinting() {
    assertThatThrownBy(() -> SealedTokens.seal(" ", PAYLOAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("secretKey");
    assertThatThrownBy(() -> SealedTokens.seal(List.of(), PAYLOAD)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SealedTokens.seal(Collections.nCopies(257, "sk_test_mine"), PAYLOAD))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("257");
    assertThatThrownBy(
            () -> SealedTokens.builder().version(SealedTokens.Version.V1).addSecretKey("a").addSecretKey("b").payload(PAYLOAD).seal())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("one secret key");
    assertThatThrownBy(() -> SealedTokens.builder().addSecretKey("a").seal()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> SealedTokens.builder().payload(PAYLOAD).seal()).isInstanceOf(IllegalStateException.class);
  }

  private static int versionOf(String token) {
    return Base64.getDecoder().decode(token)[0];
  }

  private static String sha256Hex(String text) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }
}
