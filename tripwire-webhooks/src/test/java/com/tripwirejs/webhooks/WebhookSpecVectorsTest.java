package com.tripwirejs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.model.spec.TripwireSpec;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The webhook signature vectors of every configured generation: {@code fixtures/webhooks/*.json}
 * (today's contract) and {@code fixtures/gate-delivery/webhook-signature.json} (the generations
 * with Gate). Each is checked as valid, tampered, expired, malformed and with its invalid
 * signature, at the vector's {@code now_seconds}, under the header names of every accepted
 * generation.
 */
class WebhookSpecVectorsTest {

  /** One vector file of one generation. */
  record Vector(TripwireSpec spec, String file, JsonNode json) {
    String name() {
      return spec + "/fixtures/" + file;
    }
  }

  /** The folders holding webhook signature vectors, and which files of them are such vectors. */
  static List<Vector> vectors(TripwireSpec spec) {
    List<Vector> vectors = new ArrayList<>();
    for (String folder : List.of("webhooks", "gate-delivery")) {
      if (!Files.isDirectory(spec.root().resolve("fixtures").resolve(folder))) {
        continue;
      }
      for (Path file : spec.fixtureFiles(folder)) {
        JsonNode json = TripwireSpec.readJson(file);
        if (folder.equals("webhooks") || isSignatureVector(json)) {
          vectors.add(new Vector(spec, folder + "/" + file.getFileName(), json));
        }
      }
    }
    return vectors;
  }

  static boolean isSignatureVector(JsonNode json) {
    for (String name : List.of("secret", "timestamp", "now_seconds", "raw_body", "signature")) {
      if (!json.has(name)) {
        return false;
      }
    }
    return true;
  }

  @TestFactory
  Stream<DynamicContainer> webhookSignatureVectors() {
    List<Vector> vectors = new ArrayList<>();
    for (TripwireSpec spec : TripwireSpec.configured()) {
      vectors.addAll(vectors(spec));
    }
    assertThat(vectors).isNotEmpty();
    return vectors.stream().map(v -> DynamicContainer.dynamicContainer(v.name(), cases(v.json())));
  }

  private static Stream<DynamicTest> cases(JsonNode vector) {
    String secret = vector.get("secret").asText();
    String timestamp = vector.get("timestamp").asText();
    String body = vector.get("raw_body").asText();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String signature = vector.get("signature").asText();
    String invalid = vector.get("invalid_signature").asText();
    String expired = vector.get("expired_timestamp").asText();
    Instant now = Instant.ofEpochSecond(vector.get("now_seconds").asLong());
    WebhookVerifier verifier =
        WebhookVerifier.builder()
            .addSigningSecret(secret)
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .build();
    Stream.Builder<DynamicTest> tests = Stream.builder();
    for (ServiceGeneration generation : ServiceGeneration.ACCEPTED) {
      tests.add(
          DynamicTest.dynamicTest(
              "valid: the signature verifies under the " + generation + " header names",
              () -> {
                verifier.verifySignature(bytes, headers(generation, timestamp, signature));
                verifier.verifySignature(bytes, headers(generation, timestamp, signature)::get);
              }));
      tests.add(
          DynamicTest.dynamicTest(
              "invalid signature fails under the " + generation + " header names",
              () -> assertFails(verifier, body, headers(generation, timestamp, invalid), Reason.SIGNATURE_MISMATCH)));
      tests.add(
          DynamicTest.dynamicTest(
              "expired timestamp fails under the " + generation + " header names, even correctly signed",
              () -> {
                String resigned =
                    WebhookSigner.of(secret).sign(body, Instant.ofEpochSecond(Long.parseLong(expired))).signature();
                for (String sig : List.of(signature, resigned)) {
                  assertFails(verifier, body, headers(generation, expired, sig), Reason.TIMESTAMP_OUTSIDE_TOLERANCE);
                }
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "valid: verify and parse agrees with parse only, and a typed event is lossless",
            () -> {
              Map<String, String> headers = headers(ServiceGeneration.CURRENT, timestamp, signature);
              WebhookVerificationException parseFailure =
                  catchThrowableOfType(WebhookVerificationException.class, () -> WebhookVerifier.parseEvent(bytes));
              if (parseFailure == null) {
                WebhookEvent event = verifier.verify(bytes, headers);
                assertThat(event).isEqualTo(WebhookVerifier.parseEvent(bytes));
                assertThat(event.type().value()).isEqualTo(TripwireJson.readTree(bytes).get("type").asText());
                assertThat(JsonTrees.difference(TripwireJson.readTree(bytes), TripwireJson.toTree(event))).isEmpty();
              } else {
                // The signature passed: only the body can fail, and as parse only fails.
                assertThat(parseFailure.reason()).isEqualTo(Reason.INVALID_EVENT);
                assertThatThrownBy(() -> verifier.verify(bytes, headers))
                    .isInstanceOfSatisfying(
                        WebhookVerificationException.class,
                        e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_EVENT))
                    .hasMessage(parseFailure.getMessage());
              }
            }));
    tests.add(
        DynamicTest.dynamicTest(
            "the signer reproduces the vector's signature",
            () ->
                assertThat(WebhookSigner.of(secret).sign(body, Instant.ofEpochSecond(Long.parseLong(timestamp))).signature())
                    .isEqualTo(signature)));
    tests.add(
        DynamicTest.dynamicTest(
            "tampered: a body changed by one byte fails",
            () -> {
              assertFails(verifier, body + " ", headers(ServiceGeneration.CURRENT, timestamp, signature), Reason.SIGNATURE_MISMATCH);
              assertFails(verifier, body.replaceFirst("wevt_0", "wevt_1"), headers(ServiceGeneration.CURRENT, timestamp, signature), Reason.SIGNATURE_MISMATCH);
              String later = Long.toString(Long.parseLong(timestamp) + 1);
              assertFails(verifier, body, headers(ServiceGeneration.CURRENT, later, signature), Reason.SIGNATURE_MISMATCH);
            }));
    tests.add(
        DynamicTest.dynamicTest(
            "malformed: a signature that is not 64 lowercase hex, a timestamp that is not an integer",
            () -> {
              for (String bad : List.of(signature.toUpperCase(), signature.substring(1), "sha256=" + signature, "")) {
                assertFails(verifier, body, headers(ServiceGeneration.CURRENT, timestamp, bad), Reason.MALFORMED_HEADER);
              }
              for (String bad : List.of(timestamp + ".0", " " + timestamp, "+" + timestamp, "")) {
                assertFails(verifier, body, headers(ServiceGeneration.CURRENT, bad, signature), Reason.MALFORMED_HEADER);
              }
            }));
    tests.add(
        DynamicTest.dynamicTest(
            "an empty signing secret is refused when the verifier is built",
            () ->
                assertThatThrownBy(() -> WebhookVerifier.of(secret.substring(0, 0)))
                    .isInstanceOf(IllegalArgumentException.class)));
    return tests.build();
  }

  private static Map<String, String> headers(ServiceGeneration generation, String timestamp, String signature) {
    return Map.of(generation.webhookTimestampHeader(), timestamp, generation.webhookSignatureHeader(), signature);
  }

  private static void assertFails(WebhookVerifier verifier, String body, Map<String, String> headers, Reason reason) {
    assertThatThrownBy(() -> verifier.verifySignature(body, headers))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
    assertThatThrownBy(() -> verifier.verify(body, headers))
        .isInstanceOfSatisfying(WebhookVerificationException.class, e -> assertThat(e.reason()).isEqualTo(reason));
  }
}
