package com.tripwirejs.webhooks.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.model.spec.ModelWalker;
import com.tripwirejs.webhooks.testing.SpecVectors;
import com.tripwirejs.webhooks.testing.SpecVectors.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every sealed-token vector of the spec: valid under the key, its hash and its upper-cased hash. */
class SealedTokenVectorsTest {

  @TestFactory
  Stream<DynamicTest> validTokensVerifyUnderTheKeyAndItsHashes() {
    List<Vector> vectors = SpecVectors.withShape("sealed-token", SpecVectors::isValidToken);
    assertThat(vectors).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Vector vector : vectors) {
      JsonNode json = vector.json();
      String hash = json.get("secretHash").asText();
      for (String secret :
          List.of(json.get("secretKey").asText(), hash, hash.toUpperCase(Locale.ROOT))) {
        tests.add(
            DynamicTest.dynamicTest(
                vector + " with " + describe(secret, json),
                () -> {
                  SessionVerification session =
                      SealedTokenVerifier.of(secret).verify(json.get("token").asText());
                  assertThat(JsonTrees.difference(json.get("payload"), TripwireJson.toTree(session)))
                      .as("payload read and written back")
                      .isEmpty();
                  assertThat(ModelWalker.walk(session).unknownProperties())
                      .as("payload properties without a typed accessor")
                      .isEmpty();
                  assertThat(session.sessionId()).isEqualTo(json.at("/payload/session_id").asText());
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> invalidTokensFailWithTheirReasonUnderEveryVectorKey() {
    List<Vector> invalid = SpecVectors.withShape("sealed-token", SpecVectors::isInvalidToken);
    List<Vector> keys = SpecVectors.withShape("sealed-token", SpecVectors::isValidToken);
    assertThat(invalid).isNotEmpty();
    List<DynamicTest> tests = new ArrayList<>();
    for (Vector vector : invalid) {
      for (Vector key : keys) {
        for (String secret : List.of(key.json().get("secretKey").asText(), key.json().get("secretHash").asText())) {
          tests.add(
              DynamicTest.dynamicTest(
                  vector + " under the key of " + key + " (" + describe(secret, key.json()) + ")",
                  () -> {
                    SealedTokenVerifier verifier = SealedTokenVerifier.of(secret);
                    String token = vector.json().get("token").asText();
                    String reason = vector.json().get("reason").asText();
                    assertThatThrownBy(() -> verifier.verify(token))
                        .isInstanceOfSatisfying(
                            SealedTokenException.class,
                            e -> assertThat(e.reason().name().toLowerCase(Locale.ROOT)).isEqualTo(reason));
                    SealedTokenResult result = verifier.safeVerify(token);
                    assertThat(result).isInstanceOf(SealedTokenResult.Invalid.class);
                    assertThat(((SealedTokenResult.Invalid) result).error().reason().name())
                        .isEqualToIgnoringCase(reason);
                  }));
        }
      }
    }
    return tests.stream();
  }

  private static String describe(String secret, JsonNode vector) {
    if (secret.equals(vector.get("secretKey").asText())) {
      return "the plain key";
    }
    return secret.equals(secret.toLowerCase(Locale.ROOT)) ? "the hash" : "the upper-cased hash";
  }
}
