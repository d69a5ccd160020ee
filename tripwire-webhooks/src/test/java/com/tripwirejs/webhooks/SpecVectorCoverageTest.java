package com.tripwirejs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.spec.TripwireSpec;
import com.tripwirejs.webhooks.testing.SpecVectors;
import com.tripwirejs.webhooks.testing.SpecVectors.Vector;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the crypto vector folders is read by some test: a vector file of a new shape makes
 * this fail instead of being skipped without notice.
 */
class SpecVectorCoverageTest {

  @Test
  void everySealedTokenVectorFileOfEveryGenerationIsReadAndVersionTwoWhereTheGenerationHasIt() {
    for (TripwireSpec spec : TripwireSpec.configured()) {
      List<Vector> vectors = SpecVectors.all(spec, "sealed-token");
      assertThat(vectors)
          .as("sealed-token vector files of " + spec + " that no test reads")
          .filteredOn(v -> !SpecVectors.isKnownShape(v.json()))
          .isEmpty();
      assertThat(vectors).as(spec + ": version 1 vectors").anyMatch(v -> SpecVectors.isValidToken(v.json()));
      assertThat(vectors).as(spec + ": invalid vectors").anyMatch(v -> SpecVectors.isInvalidToken(v.json()));
      if (spec.generation().hasSealedTokenV2()) {
        assertThat(vectors)
            .as(spec + ": the version 2 vector (vector.v2.json) is read")
            .anyMatch(v -> v.name().endsWith("/vector.v2.json") && SpecVectors.isMultiRecipientToken(v.json()));
      }
    }
  }

  /**
   * Every webhook signature vector of every configured generation is read by {@link
   * WebhookSpecVectorsTest}: each file of {@code fixtures/webhooks/}, and every fixture file
   * anywhere with the shape of a signature vector ({@code gate-delivery/webhook-signature.json} in
   * the generations with Gate).
   */
  @Test
  void everyWebhookVectorFileOfEachGenerationIsRead() {
    for (TripwireSpec spec : TripwireSpec.configured()) {
      List<String> read =
          WebhookSpecVectorsTest.vectors(spec).stream().map(WebhookSpecVectorsTest.Vector::file).toList();
      assertThat(read)
          .as("%s: the webhook signature vector", spec)
          .contains(spec.generation().hasGate() ? "gate-delivery/webhook-signature.json" : "webhooks/signature.json");
      Path fixtures = spec.root().resolve("fixtures");
      List<String> expected;
      try (Stream<Path> files = Files.walk(fixtures)) {
        expected =
            files
                .filter(p -> p.toString().endsWith(".json"))
                .filter(p -> fixtures.relativize(p).startsWith("webhooks") || isSignatureShape(TripwireSpec.readJson(p)))
                .map(p -> fixtures.relativize(p).toString().replace('\\', '/'))
                .toList();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertThat(read).as("%s: webhook vector files that no test reads", spec).containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  private static boolean isSignatureShape(JsonNode json) {
    return json.has("raw_body") || (json.has("signature") && json.has("timestamp"));
  }
}
