package com.tripwirejs.webhooks.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.webhooks.WebhookSignature;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
  private static final WebhookVerifier STRICT_WEBHOOKS =
      WebhookVerifier.builder()
          .addSigningSecret(SIGNING_SECRET)
          .clock(CLOCK)
          .rejectUnknownEventTypes(true)
          .build();
  private static final WebhookSigner SIGNER = WebhookSigner.of(SIGNING_SECRET).withClock(CLOCK);
  private static final SealedTokenVerifier TOKENS = SealedTokenVerifier.of(SECRET_KEY);

  /**
   * Webhook deliveries. Mode 0: the rest is a body, correctly signed under the Foil names, so it
   * reaches the event parser. Mode 1: the same under the Tripwire
   * names, into the strict verifier. Modes 2 and 3 reach the choice between the header names of
   * the two generations: see {@link #webhookHeaders}; mode 3 signs the body correctly so that the
   * choice is followed by the signature check passing and the body being read.
   */
  @FuzzTest(maxDuration = "30s")
  void webhooks(byte[] input) {
    byte[] rest = rest(input);
    try {
      switch (mode(input, 4)) {
        case 0:
          WEBHOOKS.verify(rest, SIGNER.sign(rest).headers());
          break;
        case 1:
          STRICT_WEBHOOKS.verify(rest, SIGNER.withGeneration(ServiceGeneration.TRIPWIRE).sign(rest).headers());
          break;
        default:
          webhookHeaders(rest, mode(input, 4) == 3);
      }
    } catch (WebhookVerificationException expected) {
      // The one documented failure.
    }
  }

  /**
   * {@code rest[0]} is a set of flags: bits 0 to 3 put {@code X-Foil-Timestamp}, {@code
   * X-Foil-Signature}, {@code X-Tripwire-Timestamp}, {@code X-Tripwire-Signature} in the request,
   * bit 4 writes the names in lower case, bit 5 passes a lookup function instead of a map, bit 6
   * uses the strict verifier, bit 7 checks the signature only. The rest is text: the four values
   * and the body, separated by newlines; a value with commas is sent as several values (a map
   * only). When {@code signed}, an empty value is replaced by the body's valid timestamp or
   * signature.
   */
  private static void webhookHeaders(byte[] rest, boolean signed) {
    int flags = rest.length == 0 ? 0x0f : rest[0] & 0xff;
    String text = new String(rest, Math.min(1, rest.length), Math.max(0, rest.length - 1), StandardCharsets.UTF_8);
    String[] parts = text.split("\n", 5);
    String body = parts.length > 4 ? parts[4] : "";
    WebhookSignature valid = SIGNER.sign(body);
    Map<String, Object> headers = new HashMap<>();
    Map<String, String> single = new HashMap<>();
    int index = 0;
    for (ServiceGeneration generation : ServiceGeneration.ACCEPTED) {
      for (String name : List.of(generation.webhookTimestampHeader(), generation.webhookSignatureHeader())) {
        String value = index < parts.length ? parts[index] : "";
        if (signed && value.isEmpty()) {
          value = name.endsWith("Timestamp") ? valid.timestamp() : valid.signature();
        }
        if ((flags & (1 << index)) != 0) {
          String key = (flags & 0x10) != 0 ? name.toLowerCase(Locale.ROOT) : name;
          headers.put(key, value.contains(",") ? Arrays.asList(value.split(",", -1)) : value);
          single.put(key, value);
        }
        index++;
      }
    }
    WebhookVerifier verifier = (flags & 0x40) != 0 ? STRICT_WEBHOOKS : WEBHOOKS;
    if ((flags & 0x20) != 0) {
      Function<String, @Nullable String> lookup = single::get;
      if ((flags & 0x80) != 0) {
        verifier.verifySignature(body, lookup);
      } else {
        verifier.verify(body, lookup);
      }
    } else if ((flags & 0x80) != 0) {
      verifier.verifySignature(body, headers);
    } else {
      verifier.verify(body, headers);
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
