package com.tripwirejs.gate.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.tripwirejs.gate.delivery.GateApprovedWebhook;
import com.tripwirejs.gate.delivery.GateDelivery;
import com.tripwirejs.gate.delivery.GateDeliveryException;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.delivery.GateEnvPolicy;
import com.tripwirejs.gate.delivery.IndependentGate;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Base64;

/**
 * Coverage-guided fuzzing of Gate's parsers: envelopes, decrypted payloads, delivery requests,
 * approved-webhook payloads and signed approved-webhook deliveries, private keys, env var names.
 * The first input byte picks the entry point, the rest is its input; each entry point must return a
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
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-02T00:00:00Z"), ZoneOffset.UTC);
  private static final WebhookVerifier WEBHOOKS =
      WebhookVerifier.builder().addSigningSecret(SIGNING_SECRET).clock(CLOCK).build();
  private static final WebhookSigner SIGNER = WebhookSigner.of(SIGNING_SECRET).withClock(CLOCK);

  /** A fixed key pair of the tests, so that seed envelopes decrypt. */
  private static final GateDeliveryKeyPair KEYS =
      GateDeliveryKeyPair.fromPkcs8("MC4CAQAwBQYDK2VuBCIEIFhrcw0N9gKfrY3hU65P4a4biV8KJH8iU51XONVVW2z4");

  /**
   * Gate delivery. Mode 0: the rest as envelope JSON, parsed and decrypted. Mode 1: the rest
   * encrypted to the key pair, with Foil's HKDF info or (odd lengths) Tripwire's, into the payload
   * checks. Mode 2: delivery request JSON. Mode 3: approved-webhook payload JSON. Mode 4: PKCS#8
   * DER. Mode 5: PKCS#8 text. Mode 6: a service id and env var name. Mode 7: the rest as a signed
   * webhook body, verified and read as an approved event.
   */
  @FuzzTest(maxDuration = "30s")
  void gate(byte[] input) {
    byte[] rest = rest(input);
    String text = new String(rest, StandardCharsets.UTF_8);
    try {
      switch (mode(input, 8)) {
        case 0:
          GateDelivery.parseEnvelope(rest);
          KEYS.decrypt(text);
          break;
        case 1:
          KEYS.decrypt(
              IndependentGate.encrypt(
                  KEYS.delivery(),
                  rest,
                  rest.length % 2 == 0 ? ServiceGeneration.FOIL : ServiceGeneration.TRIPWIRE));
          break;
        case 2:
          GateDelivery.parseRequest(rest);
          break;
        case 3:
          GateApprovedWebhook.parsePayload(rest);
          break;
        case 4:
          GateDeliveryKeyPair.fromPkcs8(Base64.getUrlEncoder().withoutPadding().encodeToString(rest));
          break;
        case 5:
          GateDeliveryKeyPair.fromPkcs8(text);
          break;
        case 6:
          GateEnvPolicy.isBlockedEnvVarKey(text);
          GateEnvPolicy.isManagedEnvVarKey(text);
          GateEnvPolicy.agentTokenEnvKey(text);
          break;
        default:
          GateApprovedWebhook.verify(WEBHOOKS, rest, SIGNER.sign(rest).headers());
      }
    } catch (GateDeliveryException expected) {
      // The one documented failure of Gate's parsers.
    } catch (WebhookVerificationException expected) {
      // The approved webhook's envelope failed the core verifier first, as documented.
    }
  }

  private static int mode(byte[] input, int modes) {
    return input.length == 0 ? 0 : (input[0] & 0xff) % modes;
  }

  private static byte[] rest(byte[] input) {
    return input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
  }
}
