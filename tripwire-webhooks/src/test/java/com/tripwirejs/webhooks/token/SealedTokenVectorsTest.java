package com.tripwirejs.webhooks.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.model.spec.ModelWalker;
import com.tripwirejs.model.spec.TripwireSpec;
import com.tripwirejs.webhooks.testing.SpecVectors;
import com.tripwirejs.webhooks.testing.SpecVectors.Vector;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every sealed-token vector file of every configured generation of the contract: version 1 under
 * the key, its hash and its upper-cased hash; version 2 (where the generation has it) under each of
 * its keys and hashes, alone and together; the invalid tokens under every key of the generation.
 */
class SealedTokenVectorsTest {

  private static final String FOLDER = "sealed-token";

  @TestFactory
  Stream<DynamicNode> everyGeneration() {
    return TripwireSpec.configured().stream()
        .map(spec -> DynamicContainer.dynamicContainer(spec.toString(), generation(spec)));
  }

  private static Stream<DynamicNode> generation(TripwireSpec spec) {
    List<Vector> v1 = SpecVectors.withShape(spec, FOLDER, SpecVectors::isValidToken);
    List<Vector> v2 = SpecVectors.withShape(spec, FOLDER, SpecVectors::isMultiRecipientToken);
    List<Vector> invalid = SpecVectors.withShape(spec, FOLDER, SpecVectors::isInvalidToken);
    assertThat(v1).as("version 1 vectors of " + spec).isNotEmpty();
    assertThat(invalid).as("invalid vectors of " + spec).isNotEmpty();
    if (spec.generation().hasSealedTokenV2()) {
      assertThat(v2).as("version 2 vectors of " + spec).isNotEmpty();
    }
    List<DynamicNode> nodes = new ArrayList<>();
    List<String> allSecrets = new ArrayList<>();
    for (Vector vector : v1) {
      JsonNode json = vector.json();
      String hash = json.get("secretHash").asText();
      List<String> secrets = List.of(json.get("secretKey").asText(), hash, hash.toUpperCase(Locale.ROOT));
      allSecrets.addAll(secrets.subList(0, 2));
      for (String secret : secrets) {
        nodes.add(valid(vector + " with " + describe(secret, json.get("secretKey").asText()), SealedTokenVerifier.of(secret), json));
      }
      nodes.add(
          valid(
              vector + " with a rotated verifier, its key second",
              SealedTokenVerifier.builder().addSecretKey("sk_live_not_this_one").addSecretKey(hash).build(),
              json));
    }
    for (Vector vector : v2) {
      JsonNode json = vector.json();
      List<String> keys = texts(json.get("secretKeys"));
      List<String> hashes = texts(json.get("secretHashes"));
      assertThat(keys).hasSize(hashes.size()).hasSizeGreaterThanOrEqualTo(2);
      for (int i = 0; i < keys.size(); i++) {
        allSecrets.add(keys.get(i));
        allSecrets.add(hashes.get(i));
        for (String secret : List.of(keys.get(i), hashes.get(i), hashes.get(i).toUpperCase(Locale.ROOT))) {
          nodes.add(
              valid(
                  vector + " recipient " + (i + 1) + " with " + describe(secret, keys.get(i)),
                  SealedTokenVerifier.of(secret),
                  json));
        }
        nodes.add(
            valid(
                vector + " recipient " + (i + 1) + " with a rotated verifier, its key second",
                SealedTokenVerifier.builder().addSecretKey("sk_live_not_this_one").addSecretKey(keys.get(i)).build(),
                json));
      }
      nodes.add(valid(vector + " with a verifier of all its keys", SealedTokenVerifier.builder().addSecretKeys(keys).build(), json));
      nodes.add(
          DynamicTest.dynamicTest(
              vector + " is refused to a key it was not sealed for",
              () -> assertThatThrownBy(() -> SealedTokenVerifier.of("sk_live_not_this_one").verify(json.get("token").asText()))
                  .isInstanceOfSatisfying(
                      SealedTokenException.class,
                      e -> assertThat(e.reason()).isEqualTo(SealedTokenException.Reason.RECIPIENT_NOT_FOUND))));
    }
    for (Vector vector : invalid) {
      String token = vector.json().get("token").asText();
      String reason = vector.json().get("reason").asText();
      for (String secret : allSecrets) {
        nodes.add(
            DynamicTest.dynamicTest(
                vector + " fails as " + reason + " under a key of " + spec,
                () -> {
                  SealedTokenVerifier verifier = SealedTokenVerifier.of(secret);
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
    return nodes.stream();
  }

  private static DynamicTest valid(String name, SealedTokenVerifier verifier, JsonNode json) {
    return DynamicTest.dynamicTest(
        name,
        () -> {
          SessionVerification session = verifier.verify(json.get("token").asText());
          assertThat(JsonTrees.difference(json.get("payload"), TripwireJson.toTree(session)))
              .as("payload read and written back")
              .isEmpty();
          assertThat(ModelWalker.walk(session).unknownProperties())
              .as("payload properties without a typed accessor")
              .isEmpty();
          assertThat(session.sessionId()).isEqualTo(json.at("/payload/session_id").asText());
          assertThat(verifier.safeVerify(json.get("token").asText()).orElseThrow()).isEqualTo(session);
        });
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static String describe(String secret, String plainKey) {
    if (secret.equals(plainKey)) {
      return "the plain key";
    }
    return secret.equals(secret.toLowerCase(Locale.ROOT)) ? "the hash" : "the upper-cased hash";
  }
}
