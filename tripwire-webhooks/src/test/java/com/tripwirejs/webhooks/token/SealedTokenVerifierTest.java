package com.tripwirejs.webhooks.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.model.Secret;
import com.tripwirejs.model.session.Verdict;
import com.tripwirejs.webhooks.testing.IndependentCrypto;
import com.tripwirejs.webhooks.testing.TestTokens;
import com.tripwirejs.webhooks.token.SealedTokenException.Reason;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SealedTokenVerifierTest {

  static final String KEY = "sk_live_example_secret";

  /** A payload of the shape the browser SDK seals, with one property this SDK does not know. */
  static final String PAYLOAD =
      "{\"object\":\"session_verification\",\"session_id\":\"sid_123\","
          + "\"decision\":{\"event_id\":\"evt_1\",\"verdict\":\"bot\",\"risk_score\":91,"
          + "\"phase\":\"snapshot\",\"is_provisional\":true,\"manipulation\":null,"
          + "\"evaluation_duration_ms\":5,\"evaluated_at\":\"2026-03-24T20:00:00.000Z\"},"
          + "\"request\":{\"user_agent\":\"curl/8\",\"url\":\"https://example.com/\","
          + "\"screen_size\":null,\"is_touch_capable\":null,\"ip_address\":\"203.0.113.1\"},"
          + "\"visitor_fingerprint\":null,\"signals\":[],"
          + "\"score_breakdown\":{\"categories\":{\"automation\":91}},"
          + "\"attribution\":{\"bot\":{\"name\":\"curl\"}},\"embed\":null,"
          + "\"added_later\":{\"x\":1}}";

  final SealedTokenVerifier verifier = SealedTokenVerifier.of(KEY);

  @Test
  void verifiesATokenAndKeepsUnknownProperties() {
    SessionVerification session = verifier.verify(TestTokens.seal(KEY, PAYLOAD));

    assertThat(session.sessionId()).isEqualTo("sid_123");
    assertThat(session.decision().verdict()).isEqualTo(Verdict.BOT);
    assertThat(session.visitorFingerprint()).isNull();
    assertThat(session.attribution().bot()).containsKey("name");
    assertThat(session.unknownProperties()).containsOnlyKeys("added_later");
  }

  @Test
  void verifiesTokensOfStoredZlibBlocksAcrossSeveralBlocks() {
    String padded = PAYLOAD.replace("\"sid_123\"", "\"sid_" + "x".repeat(200_000) + "\"");
    String token =
        TestTokens.sealCompressed(KEY, IndependentCrypto.zlibStored(IndependentCrypto.utf8(padded)));

    assertThat(verifier.verify(token).sessionId()).hasSize(200_004);
  }

  @Test
  void safeVerifyReturnsTheSessionOrTheError() {
    SealedTokenResult valid = verifier.safeVerify(TestTokens.seal(KEY, PAYLOAD));
    SealedTokenResult invalid = verifier.safeVerify(TestTokens.seal("sk_live_other", PAYLOAD));

    assertThat(valid.isValid()).isTrue();
    assertThat(valid.orElseThrow().sessionId()).isEqualTo("sid_123");
    assertThat(invalid.isValid()).isFalse();
    assertThat(((SealedTokenResult.Invalid) invalid).error().reason())
        .isEqualTo(Reason.AUTHENTICATION_FAILURE);
    assertThatThrownBy(invalid::orElseThrow).isInstanceOf(SealedTokenException.class);
  }

  @Test
  void rejectsWhatIsNotBase64() {
    assertReason("not base64!", Reason.MALFORMED_TOKEN);
    assertReason("AQID BA==", Reason.MALFORMED_TOKEN);
    assertReason("AQ-_", Reason.MALFORMED_TOKEN);
  }

  @Test
  void rejectsTokensLongerThanAnyTokenBeforeDecoding() {
    assertReason("A".repeat(SealedTokenVerifier.MAX_TOKEN_LENGTH + 4), Reason.MALFORMED_TOKEN);
  }

  @Test
  void rejectsTokensShorterThanVersionNonceAndTag() {
    assertReason("", Reason.TOKEN_TOO_SHORT);
    byte[] tooShort = new byte[28];
    tooShort[0] = 1;
    assertReason(Base64.getEncoder().encodeToString(tooShort), Reason.TOKEN_TOO_SHORT);
  }

  @Test
  void rejectsVersionsOtherThanOneAndTwo() {
    for (int version : new int[] {0, 3, 255}) {
      String token =
          TestTokens.sealCompressed(
              version, TestTokens.key(KEY), new byte[12], TestTokens.deflate(IndependentCrypto.utf8(PAYLOAD)));
      assertThatThrownBy(() -> verifier.verify(token))
          .isInstanceOfSatisfying(
              SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION))
          .hasMessageContaining("version " + version)
          .hasMessageContaining("versions 1 and 2");
    }
    byte[] junk = new byte[28];
    assertReason(Base64.getEncoder().encodeToString(junk), Reason.UNSUPPORTED_VERSION);
  }

  @Test
  void aVersionOneTokenIsNotReadAsVersionTwo() {
    String token =
        TestTokens.sealCompressed(
            2, TestTokens.key(KEY), new byte[12], TestTokens.deflate(IndependentCrypto.utf8(PAYLOAD)));
    // Read as version 2: recipient count 0 (the nonce's first two bytes).
    assertReason(token, Reason.MALFORMED_TOKEN);
  }

  @Test
  void rejectsEveryAlteredByte() {
    byte[] token = Base64.getDecoder().decode(TestTokens.seal(KEY, PAYLOAD));
    for (int i = 1; i < token.length; i++) {
      byte[] altered = token.clone();
      altered[i] ^= 0x01;
      assertReason(Base64.getEncoder().encodeToString(altered), Reason.AUTHENTICATION_FAILURE);
    }
  }

  @Test
  void rejectsAPayloadThatInflatesBeyondOneMebibyteWithoutExpandingIt() {
    byte[] bomb = TestTokens.deflate(new byte[64 * 1024 * 1024]);
    assertThat(bomb.length).isLessThan(100_000);
    assertReason(TestTokens.sealCompressed(KEY, bomb), Reason.PAYLOAD_TOO_LARGE);

    byte[] exactlyTooLarge = TestTokens.deflate(new byte[SealedTokenVerifier.MAX_PAYLOAD_BYTES + 1]);
    assertReason(TestTokens.sealCompressed(KEY, exactlyTooLarge), Reason.PAYLOAD_TOO_LARGE);
  }

  @Test
  void acceptsAPayloadOfExactlyTheLimitAsFarAsInflationGoes() {
    byte[] limit = new byte[SealedTokenVerifier.MAX_PAYLOAD_BYTES];
    Arrays.fill(limit, (byte) ' ');
    // A megabyte of spaces inflates within the limit; it then fails only as JSON.
    assertReason(TestTokens.sealCompressed(KEY, TestTokens.deflate(limit)), Reason.INVALID_PAYLOAD);
  }

  @Test
  void rejectsPayloadsThatAreNotCompleteZlib() {
    byte[] zlib = TestTokens.deflate(IndependentCrypto.utf8(PAYLOAD));
    assertReason(TestTokens.sealCompressed(KEY, IndependentCrypto.utf8(PAYLOAD)), Reason.DECOMPRESSION_FAILURE);
    assertReason(TestTokens.sealCompressed(KEY, Arrays.copyOf(zlib, zlib.length - 5)), Reason.DECOMPRESSION_FAILURE);
    assertReason(TestTokens.sealCompressed(KEY, Arrays.copyOf(zlib, zlib.length + 3)), Reason.DECOMPRESSION_FAILURE);
    assertReason(TestTokens.sealCompressed(KEY, new byte[0]), Reason.DECOMPRESSION_FAILURE);
  }

  @Test
  void rejectsPayloadsThatAreNotSessionVerifications() {
    assertReason(TestTokens.seal(KEY, "not json"), Reason.INVALID_PAYLOAD);
    assertReason(TestTokens.seal(KEY, "[1,2]"), Reason.INVALID_PAYLOAD);
    assertThatThrownBy(() -> verifier.verify(TestTokens.seal(KEY, PAYLOAD.replace("\"risk_score\":91", "\"risk_score\":\"91\""))))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_PAYLOAD))
        .hasMessageContaining("$.decision.risk_score")
        .hasMessageNotContaining("91");
  }

  @Test
  void aMissingOrBlankSecretKeyIsAConfigurationErrorThatSaysHowToFixIt() {
    for (Map<String, String> environment :
        List.of(Map.<String, String>of(), Map.of("FOIL_SECRET_KEY", " ", "TRIPWIRE_SECRET_KEY", ""))) {
      assertThatThrownBy(() -> SealedTokenVerifier.fromEnvironment(environment::get))
          .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_SECRET_KEY))
          .hasMessageContaining("FOIL_SECRET_KEY")
          .hasMessageContaining("TRIPWIRE_SECRET_KEY")
          .hasMessageContaining("SealedTokenVerifier.of(secretKey)");
    }
    assertThatThrownBy(() -> SealedTokenVerifier.of(" "))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_SECRET_KEY));
    assertThatThrownBy(() -> SealedTokenVerifier.builder().build())
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_SECRET_KEY));
    assertThatThrownBy(() -> SealedTokenVerifier.builder().addSecretKey(KEY).addSecretKey(""))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MISSING_SECRET_KEY));
  }

  @Test
  void readsTheSecretKeyFromFoilSecretKeyThenTripwireSecretKey() {
    String token = TestTokens.seal(KEY, PAYLOAD);
    assertThat(SealedTokenVerifier.fromEnvironment(Map.of("FOIL_SECRET_KEY", KEY)::get).verify(token).sessionId())
        .isEqualTo("sid_123");
    assertThat(SealedTokenVerifier.fromEnvironment(Map.of("TRIPWIRE_SECRET_KEY", KEY)::get).verify(token).sessionId())
        .isEqualTo("sid_123");
    assertThat(
            SealedTokenVerifier.fromEnvironment(Map.of("FOIL_SECRET_KEY", " ", "TRIPWIRE_SECRET_KEY", KEY)::get)
                .verify(token)
                .sessionId())
        .isEqualTo("sid_123");
    SealedTokenVerifier foilFirst =
        SealedTokenVerifier.fromEnvironment(Map.of("FOIL_SECRET_KEY", KEY, "TRIPWIRE_SECRET_KEY", "sk_live_old")::get);
    assertThat(foilFirst.verify(token).sessionId()).isEqualTo("sid_123");
    assertReason(foilFirst, TestTokens.seal("sk_live_old", PAYLOAD), Reason.AUTHENTICATION_FAILURE);
  }

  @Test
  void aVerifierOfSeveralKeysTriesEachOnVersionOneTokens() {
    SealedTokenVerifier rotated =
        SealedTokenVerifier.builder().addSecretKey("sk_live_new").addSecretKey(Secret.of(KEY)).build();
    assertThat(rotated.verify(TestTokens.seal(KEY, PAYLOAD)).sessionId()).isEqualTo("sid_123");
    assertThat(rotated.verify(TestTokens.seal("sk_live_new", PAYLOAD)).sessionId()).isEqualTo("sid_123");
    assertReason(rotated, TestTokens.seal("sk_live_other", PAYLOAD), Reason.AUTHENTICATION_FAILURE);
    assertThat(rotated.toString()).contains("secretKeys=2").doesNotContain(KEY).doesNotContain("sk_live_new");
  }

  @Test
  void neitherTheVerifierNorItsErrorsShowTheKeyTheTokenOrThePayload() {
    String token = TestTokens.seal(KEY, PAYLOAD.replace("\"risk_score\":91", "\"risk_score\":\"sid_secret\""));
    assertThat(verifier.toString()).doesNotContain(KEY).contains("REDACTED");
    assertThatThrownBy(() -> verifier.verify(token))
        .satisfies(
            e -> assertThat(e.getMessage()).doesNotContain(token).doesNotContain(KEY).doesNotContain("sid_secret"));
  }

  private void assertReason(String token, Reason reason) {
    assertReason(verifier, token, reason);
  }

  private static void assertReason(SealedTokenVerifier verifier, String token, Reason reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    assertThat(verifier.safeVerify(token).isValid()).isFalse();
  }
}
