package com.tripwirejs.webhooks.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.testing.TestTokens;
import com.tripwirejs.webhooks.token.SealedTokenException;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Coverage-guided fuzzing of every parser and verifier of the module, one target per area (Gate's
 * parsers are fuzzed in tripwire-gate). The
 * first input byte picks the entry point, the rest is its input; each entry point must return a
 * value or throw its area's one documented exception. Any other exception, a hang or runaway
 * memory is a finding.
 *
 * <p>{@code ./mvnw verify} runs each target on its seed inputs ({@code ParserFuzzTestInputs/} in
 * the test resources) and the empty input. With {@code JAZZER_FUZZ=1}, Jazzer fuzzes the one
 * target selected with {@code -Dtest=ParserFuzzTest#target}; {@code .ci/run} fuzzes each target
 * for a bounded time. Inputs that reached new code are kept in {@code .cifuzz-corpus/}, findings
 * become new seed files.
 */
class ParserFuzzTest {

  private static final String SIGNING_SECRET = "whsec_fuzz";
  private static final String SECRET_KEY = "sk_live_fuzz";
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);
  private static final WebhookVerifier WEBHOOKS =
      WebhookVerifier.builder().addSigningSecret(SIGNING_SECRET).clock(CLOCK).build();
  private static final WebhookSigner SIGNER = WebhookSigner.of(SIGNING_SECRET).withClock(CLOCK);
  private static final SealedTokenVerifier TOKENS = SealedTokenVerifier.of(SECRET_KEY);

  /**
   * Webhook deliveries. Mode 0: the rest is a body, correctly signed, so it reaches the event
   * parser. Mode 1: the rest is {@code timestamp \n signature \n
   * body}, unsigned.
   */
  @FuzzTest(maxDuration = "30s")
  void webhooks(byte[] input) {
    byte[] rest = rest(input);
    try {
      if (mode(input, 2) == 0) {
        WEBHOOKS.verify(rest, SIGNER.sign(rest).headers());
      } else {
        String[] parts = new String(rest, StandardCharsets.UTF_8).split("\n", 3);
        Map<String, Object> headers = new HashMap<>();
        headers.put("X-Tripwire-Timestamp", parts[0]);
        if (parts.length > 1) {
          headers.put("x-tripwire-signature", Arrays.asList(parts[1].split(",", -1)));
        }
        WEBHOOKS.verify(parts.length > 2 ? parts[2] : "", headers);
      }
    } catch (WebhookVerificationException expected) {
      // The one documented failure.
    }
  }

  /**
   * Sealed tokens. Mode 0: the rest as token text. Mode 1: the rest base64-encoded as a token.
   * Mode 2: the rest sealed under the verifier's key as the compressed payload, past the tag into
   * inflation. Mode 3: the rest compressed and sealed, into the payload's JSON.
   */
  @FuzzTest(maxDuration = "30s")
  void sealedTokens(byte[] input) {
    byte[] rest = rest(input);
    String token;
    switch (mode(input, 4)) {
      case 0:
        token = new String(rest, StandardCharsets.UTF_8);
        break;
      case 1:
        token = Base64.getEncoder().encodeToString(rest);
        break;
      case 2:
        token = TestTokens.sealCompressed(1, TestTokens.key(SECRET_KEY), new byte[12], rest);
        break;
      default:
        token =
            TestTokens.sealCompressed(
                1, TestTokens.key(SECRET_KEY), new byte[12], TestTokens.deflate(rest));
    }
    try {
      TOKENS.verify(token);
    } catch (SealedTokenException expected) {
      // The one documented failure.
    }
  }

  private static int mode(byte[] input, int modes) {
    return input.length == 0 ? 0 : (input[0] & 0xff) % modes;
  }

  private static byte[] rest(byte[] input) {
    return input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
  }
}
