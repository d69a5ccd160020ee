package com.tripwirejs.webhooks.token;

import static com.tripwirejs.webhooks.token.SealedTokenVerifierTest.PAYLOAD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.webhooks.testing.IndependentCrypto;
import com.tripwirejs.webhooks.testing.TestTokens;
import com.tripwirejs.webhooks.testing.TestTokens.Recipient;
import com.tripwirejs.webhooks.token.SealedTokenException.Reason;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Version 2 tokens written by the tests' own encoder ({@link TestTokens#sealV2Bytes}): what
 * verifies, and every way a token can be malformed, each with its reason.
 */
class SealedTokenV2Test {

  static final String KEY = "sk_live_example_secret";
  static final String OTHER = "sk_live_someone_else";
  static final int HEADER = 19;
  static final int ENTRY = 92;

  final SealedTokenVerifier verifier = SealedTokenVerifier.of(KEY);

  @ParameterizedTest(name = "{0} recipients, the caller at {1}")
  @CsvSource({"1,0", "3,0", "3,1", "3,2", "256,0", "256,128", "256,255"})
  void verifiesWhereverTheCallersEntryIs(int count, int position) {
    byte[] token = seal(recipientsWith(count, position, KEY));

    assertThat(verifier.verify(encode(token)).sessionId()).isEqualTo("sid_123");
    assertThat(verifier.safeVerify(encode(token)).orElseThrow().sessionId()).isEqualTo("sid_123");
  }

  @Test
  void theSecretMayBeGivenAsItsHashInEitherCaseOnEitherSide() {
    String hash = sha256Hex(KEY);
    byte[] sealedForKey = seal(List.of(Recipient.of(OTHER), Recipient.of(KEY)));
    byte[] sealedForUpperHash = seal(List.of(Recipient.of(hash.toUpperCase(Locale.ROOT))));

    for (String secret : List.of(KEY, hash, hash.toUpperCase(Locale.ROOT))) {
      assertThat(SealedTokenVerifier.of(secret).verify(encode(sealedForKey)).sessionId()).isEqualTo("sid_123");
      assertThat(SealedTokenVerifier.of(secret).verify(encode(sealedForUpperHash)).sessionId()).isEqualTo("sid_123");
    }
  }

  @Test
  void aRotatedVerifierVerifiesTokensOfEitherKeyInEitherVersion() {
    String previous = "sk_live_previous";
    String current = "sk_live_current";
    SealedTokenVerifier rotated = SealedTokenVerifier.builder().addSecretKey(current).addSecretKey(previous).build();

    for (String token :
        List.of(
            encode(seal(List.of(Recipient.of(previous)))),
            encode(seal(List.of(Recipient.of(current)))),
            encode(seal(List.of(Recipient.of(OTHER), Recipient.of(previous)))),
            TestTokens.seal(previous, PAYLOAD),
            TestTokens.seal(current, PAYLOAD))) {
      assertThat(rotated.verify(token).sessionId()).isEqualTo("sid_123");
    }
    assertReason(rotated, encode(seal(List.of(Recipient.of(OTHER)))), Reason.RECIPIENT_NOT_FOUND);
    assertReason(rotated, TestTokens.seal(OTHER, PAYLOAD), Reason.AUTHENTICATION_FAILURE);
    assertThat(SealedTokenVerifier.builder().addSecretKeys(List.of(current, previous)).build()
            .verify(encode(seal(List.of(Recipient.of(previous))))).sessionId())
        .isEqualTo("sid_123");
  }

  @Test
  void aTokenForOtherKeysIsNotFoundAndTheMessageShowsNeitherKeyNorRecipientId() {
    byte[] token = seal(List.of(Recipient.of(OTHER), Recipient.of("sk_live_third")));

    assertThatThrownBy(() -> verifier.verify(encode(token)))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.RECIPIENT_NOT_FOUND))
        .hasMessageContaining("2 recipient entries")
        .satisfies(e -> assertNoSecretIn(e.getMessage()));
    assertThat(verifier.toString()).doesNotContain(KEY).doesNotContain(hex(TestTokens.recipientId(KEY)));
  }

  @ParameterizedTest(name = "recipient count {0}")
  @CsvSource({"0", "257", "65535"})
  void aRecipientCountOutsideOneTo256IsMalformed(int count) {
    List<Recipient> recipients = new ArrayList<>();
    for (int i = 0; i < Math.min(count, 257); i++) {
      recipients.add(i == 0 ? Recipient.of(KEY) : Recipient.of("sk_live_" + i));
    }
    byte[] token = seal(recipients);
    if (count == 65535) {
      token[1] = (byte) 0xff;
      token[2] = (byte) 0xff;
    }
    assertThatThrownBy(() -> verifier.verify(encode(token)))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_TOKEN))
        .hasMessageContaining("declares " + count + " recipients");
  }

  @Test
  void aTruncatedEntryIsMalformed() {
    byte[] token = seal(recipientsWith(3, 2, KEY));
    for (int cut : new int[] {1, 16, ENTRY - 1, ENTRY + 1}) {
      assertReason(encode(Arrays.copyOf(token, token.length - cut)), Reason.MALFORMED_TOKEN);
    }
    // Exactly one entry fewer than declared: no partial entry, still the wrong length.
    assertReason(encode(Arrays.copyOf(token, token.length - ENTRY)), Reason.MALFORMED_TOKEN);
  }

  @Test
  void trailingBytesAreMalformed() {
    byte[] token = seal(recipientsWith(1, 0, KEY));
    assertThatThrownBy(() -> verifier.verify(encode(Arrays.copyOf(token, token.length + 1))))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_TOKEN))
        .hasMessageContaining("1 bytes after its last recipient entry");
    assertReason(encode(Arrays.copyOf(token, token.length + ENTRY)), Reason.MALFORMED_TOKEN);
  }

  @ParameterizedTest(name = "payload length {0}")
  @CsvSource({"1", "100000", "2147483647", "2147483648", "4294967295"})
  void aPayloadLengthPastTheEndIsMalformedWithoutReadingOrAllocatingIt(long extra) {
    byte[] token = seal(recipientsWith(2, 1, KEY));
    long declared = ByteBuffer.wrap(token, 15, 4).getInt() & 0xffffffffL;
    long length = Math.min(0xffffffffL, extra == 1 ? declared + 1 : extra);
    ByteBuffer.wrap(token, 15, 4).putInt((int) length);
    assertThatThrownBy(() -> verifier.verify(encode(token)))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.MALFORMED_TOKEN))
        .hasMessageContaining("payload ciphertext of " + length + " bytes");
  }

  @Test
  void aShorterPayloadLengthIsMalformedToo() {
    byte[] token = seal(recipientsWith(2, 1, KEY));
    ByteBuffer length = ByteBuffer.wrap(token, 15, 4);
    int declared = length.getInt(15);
    length.putInt(15, declared - 1);
    assertReason(encode(token), Reason.MALFORMED_TOKEN);
  }

  @Test
  void tokensShorterThanTheHeaderAreTooShort() {
    byte[] token = seal(recipientsWith(1, 0, KEY));
    for (int length = 1; length < HEADER; length++) {
      assertReason(encode(Arrays.copyOf(token, length)), Reason.TOKEN_TOO_SHORT);
    }
    assertReason(encode(Arrays.copyOf(token, HEADER)), Reason.MALFORMED_TOKEN);
  }

  @Test
  void reorderedRecipientsFailAuthenticationBecauseThePayloadBindsTheirOrder() {
    byte[] token = seal(recipientsWith(3, 1, KEY));
    int entries = token.length - 3 * ENTRY;
    byte[] swapped = token.clone();
    System.arraycopy(token, entries, swapped, entries + 2 * ENTRY, ENTRY);
    System.arraycopy(token, entries + 2 * ENTRY, swapped, entries, ENTRY);

    assertThat(verifier.verify(encode(token)).sessionId()).isEqualTo("sid_123");
    assertThatThrownBy(() -> verifier.verify(encode(swapped)))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILURE))
        .hasMessageContaining("payload does not authenticate");
  }

  @Test
  void everyFlippedHeaderByteFailsWithItsReason() {
    byte[] token = seal(recipientsWith(3, 2, KEY));
    for (int i = 0; i < HEADER; i++) {
      byte[] flipped = token.clone();
      flipped[i] ^= 0x01;
      Reason expected =
          i == 0 ? Reason.UNSUPPORTED_VERSION : i <= 2 || i >= 15 ? Reason.MALFORMED_TOKEN : Reason.AUTHENTICATION_FAILURE;
      assertReason(encode(flipped), expected);
    }
  }

  @Test
  void theOtherRecipientsIdsAreAuthenticatedButNotTheirWrappedKeys() {
    byte[] token = seal(recipientsWith(3, 0, KEY));
    int other = token.length - 2 * ENTRY;
    for (int i = 0; i < ENTRY; i++) {
      byte[] flipped = token.clone();
      flipped[other + i] ^= (byte) 0x80;
      if (i < 32) {
        assertReason(encode(flipped), Reason.AUTHENTICATION_FAILURE);
      } else {
        // Another recipient's nonce, wrapped key and tag are that recipient's to check.
        assertThat(verifier.verify(encode(flipped)).sessionId()).isEqualTo("sid_123");
      }
    }
  }

  @Test
  void theCallersWrappedKeyMustAuthenticate() {
    byte[] token = seal(recipientsWith(3, 1, KEY));
    int entry = token.length - 2 * ENTRY;
    for (int i = 32; i < ENTRY; i++) {
      byte[] flipped = token.clone();
      flipped[entry + i] ^= 0x01;
      assertThatThrownBy(() -> verifier.verify(encode(flipped)))
          .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILURE))
          .hasMessageContaining("recipient entry");
    }
  }

  @Test
  void aWrappedKeyOfAnotherLengthIsMalformedAndAnotherKeyFailsThePayload() {
    byte[] compressed = TestTokens.deflate(IndependentCrypto.utf8(PAYLOAD));
    byte[] shortKey = TestTokens.sealV2Bytes(List.of(Recipient.of(KEY)), compressed, IndependentCrypto.random(16));
    assertReason(encode(shortKey), Reason.MALFORMED_TOKEN);

    // The caller's entry taken from another token: it unwraps, to a key that does not open this payload.
    byte[] token = seal(recipientsWith(1, 0, KEY));
    byte[] donor = seal(recipientsWith(1, 0, KEY));
    System.arraycopy(donor, donor.length - ENTRY, token, token.length - ENTRY, ENTRY);
    assertThatThrownBy(() -> verifier.verify(encode(token)))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILURE))
        .hasMessageContaining("payload does not authenticate");
  }

  @Test
  void theCiphertextAndTagAreAuthenticated() {
    byte[] token = seal(recipientsWith(2, 0, KEY));
    int end = token.length - 2 * ENTRY;
    for (int i = HEADER; i < end; i++) {
      byte[] flipped = token.clone();
      flipped[i] ^= 0x40;
      assertReason(encode(flipped), Reason.AUTHENTICATION_FAILURE);
    }
  }

  @Test
  void theVersionByteSelectsTheLayoutAndOtherVersionsFail() {
    byte[] token = seal(recipientsWith(1, 0, KEY));
    for (int version : new int[] {0x00, 0x03, 0x7f, 0x80, 0xff}) {
      byte[] other = token.clone();
      other[0] = (byte) version;
      assertThatThrownBy(() -> verifier.verify(encode(other)))
          .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_VERSION))
          .hasMessageContaining("version " + version);
    }
    // A version 2 token read as version 1 does not authenticate.
    byte[] asV1 = token.clone();
    asV1[0] = 1;
    assertReason(encode(asV1), Reason.AUTHENTICATION_FAILURE);
  }

  @Test
  void thePayloadIsBoundedAndCheckedAsInVersionOne() {
    List<Recipient> recipients = recipientsWith(2, 1, KEY);
    assertReason(
        encode(TestTokens.sealV2Bytes(recipients, TestTokens.deflate(new byte[SealedTokenVerifier.MAX_PAYLOAD_BYTES + 1]))),
        Reason.PAYLOAD_TOO_LARGE);
    assertReason(encode(TestTokens.sealV2Bytes(recipients, IndependentCrypto.utf8(PAYLOAD))), Reason.DECOMPRESSION_FAILURE);
    assertReason(encode(TestTokens.sealV2Bytes(recipients, new byte[0])), Reason.DECOMPRESSION_FAILURE);
    assertReason(
        encode(TestTokens.sealV2Bytes(recipients, TestTokens.deflate(IndependentCrypto.utf8("[1]")))), Reason.INVALID_PAYLOAD);
    String stored = PAYLOAD.replace("\"sid_123\"", "\"sid_" + "x".repeat(100_000) + "\"");
    assertThat(verifier.verify(encode(TestTokens.sealV2Bytes(recipients, IndependentCrypto.zlibStored(IndependentCrypto.utf8(stored)))))
            .sessionId())
        .hasSize(100_004);
  }

  @Test
  void noFailureMessageShowsTheKeyTheRecipientIdOrTheToken() {
    List<String> tokens = new ArrayList<>();
    byte[] token = seal(recipientsWith(3, 1, KEY));
    tokens.add(encode(seal(List.of(Recipient.of(OTHER)))));
    tokens.add(encode(Arrays.copyOf(token, token.length - 1)));
    byte[] tampered = token.clone();
    tampered[token.length - ENTRY - 1] ^= 1;
    tokens.add(encode(tampered));
    byte[] badTag = token.clone();
    badTag[token.length - 2 * ENTRY + 80] ^= 1;
    tokens.add(encode(badTag));
    for (String bad : tokens) {
      assertThatThrownBy(() -> verifier.verify(bad))
          .isInstanceOf(SealedTokenException.class)
          .satisfies(e -> assertNoSecretIn(e.getMessage()))
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(bad));
    }
  }

  // Helpers.

  static byte[] seal(List<Recipient> recipients) {
    return TestTokens.sealV2Bytes(recipients, TestTokens.deflate(IndependentCrypto.utf8(PAYLOAD)));
  }

  /** {@code count} recipients, {@code secret}'s at {@code position}, the others random keys. */
  static List<Recipient> recipientsWith(int count, int position, String secret) {
    return IntStream.range(0, count)
        .mapToObj(i -> i == position ? Recipient.of(secret) : Recipient.of("sk_live_recipient_" + i))
        .toList();
  }

  static String encode(byte[] token) {
    return Base64.getEncoder().encodeToString(token);
  }

  private void assertReason(String token, Reason reason) {
    assertReason(verifier, token, reason);
  }

  private static void assertReason(SealedTokenVerifier verifier, String token, Reason reason) {
    assertThatThrownBy(() -> verifier.verify(token))
        .isInstanceOfSatisfying(SealedTokenException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    SealedTokenResult result = verifier.safeVerify(token);
    assertThat(result).isInstanceOfSatisfying(
        SealedTokenResult.Invalid.class, invalid -> assertThat(invalid.error().reason()).isEqualTo(reason));
  }

  private static void assertNoSecretIn(String message) {
    byte[] id = TestTokens.recipientId(KEY);
    assertThat(message)
        .doesNotContain(KEY)
        .doesNotContain(sha256Hex(KEY))
        .doesNotContainIgnoringCase(hex(id))
        .doesNotContain(Base64.getEncoder().encodeToString(id).substring(0, 20));
  }

  private static String sha256Hex(String text) {
    return hex(IndependentCrypto.sha256(IndependentCrypto.utf8(text)));
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }
}
