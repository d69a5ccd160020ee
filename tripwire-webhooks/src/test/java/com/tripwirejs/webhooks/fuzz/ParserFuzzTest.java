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
import java.nio.ByteBuffer;
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

  /**
   * Version 2 sealed tokens, built from the input so that most reach past the layout checks. Mode
   * 0: a token laid out from the input (recipient count, payload length, payload and entries taken
   * from it), with the verifier's recipient id written into one entry, so that its wrapped key is
   * tried. Mode 1: the rest sealed as the compressed payload for the verifier and two others, into
   * inflation. Mode 2: the rest compressed and sealed, into the payload's JSON. Mode 3: a valid
   * token of three recipients edited by the rest, read as (position, xor) pairs, then cut or
   * extended by its last byte.
   */
  @FuzzTest(maxDuration = "30s")
  void sealedTokensV2(byte[] input) {
    byte[] rest = rest(input);
    byte[] token;
    switch (mode(input, 4)) {
      case 0:
        token = laidOut(rest);
        break;
      case 1:
        token = TestTokens.sealV2Bytes(V2_RECIPIENTS, rest, new byte[32], byte[]::new);
        break;
      case 2:
        token = TestTokens.sealV2Bytes(V2_RECIPIENTS, TestTokens.deflate(rest), new byte[32], byte[]::new);
        break;
      default:
        token = edited(rest);
    }
    try {
      TOKENS.verify(Base64.getEncoder().encodeToString(token));
    } catch (SealedTokenException expected) {
      // The one documented failure.
    }
  }

  /** The verifier's recipient between two others. */
  private static final List<TestTokens.Recipient> V2_RECIPIENTS =
      List.of(
          TestTokens.Recipient.of("sk_live_fuzz_first"),
          TestTokens.Recipient.of(SECRET_KEY),
          TestTokens.Recipient.of("sk_live_fuzz_last"));

  /** A valid token of {@link #V2_RECIPIENTS} with a fixed payload, nonces and content key. */
  private static final byte[] V2_TOKEN =
      TestTokens.sealV2Bytes(
          V2_RECIPIENTS,
          TestTokens.deflate(
              "{\"object\":\"session_verification\",\"session_id\":\"sid_fuzz\"}".getBytes(StandardCharsets.UTF_8)),
          new byte[32],
          byte[]::new);

  /**
   * Input {@code count (1) | caller (1) | payload length (2) | bytes...}: a version 2 header of
   * {@code count + 1} recipients and that payload length (in 0..65535, often past the end of the
   * token), then the input's bytes as payload, tag and entries, with the verifier's recipient id
   * at entry {@code caller % count}.
   */
  private static byte[] laidOut(byte[] rest) {
    ByteBuffer in = ByteBuffer.wrap(rest);
    int count = (in.remaining() > 0 ? in.get() & 0xff : 0) + 1;
    int caller = in.remaining() > 0 ? (in.get() & 0xff) % count : 0;
    int length = in.remaining() > 1 ? in.getShort() & 0xffff : 0;
    byte[] body = new byte[in.remaining()];
    in.get(body);
    ByteBuffer token = ByteBuffer.allocate(19 + body.length);
    token.put((byte) 2).putShort((short) count).put(new byte[12]).putInt(length).put(body);
    byte[] bytes = token.array();
    int entry = 19 + length + 16 + caller * 92;
    if (entry + 32 <= bytes.length) {
      System.arraycopy(V2_RECIPIENTS.get(1).id(), 0, bytes, entry, 32);
    }
    return bytes;
  }

  /** {@link #V2_TOKEN} with the input's (position, xor) pairs applied, cut or extended at the end. */
  private static byte[] edited(byte[] rest) {
    byte[] token = V2_TOKEN.clone();
    for (int i = 0; i + 2 < rest.length; i += 3) {
      int position = ((rest[i] & 0xff) << 8 | (rest[i + 1] & 0xff)) % token.length;
      token[position] ^= rest[i + 2];
    }
    if (rest.length % 3 != 0) {
      int change = rest[rest.length - 1];
      return Arrays.copyOf(token, Math.max(0, token.length + change));
    }
    return token;
  }

  private static int mode(byte[] input, int modes) {
    return input.length == 0 ? 0 : (input[0] & 0xff) % modes;
  }

  private static byte[] rest(byte[] input) {
    return input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
  }
}
