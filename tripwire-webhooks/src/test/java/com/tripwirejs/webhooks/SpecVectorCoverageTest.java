package com.tripwirejs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.model.spec.TripwireSpec;
import com.tripwirejs.webhooks.testing.SpecVectors;
import com.tripwirejs.webhooks.testing.SpecVectors.Vector;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every file of the crypto vector folders is read by some test: a vector file of a new shape makes
 * this fail instead of being skipped without notice.
 */
class SpecVectorCoverageTest {

  @Test
  void everyVectorFileHasAShapeThatATestReads() {
    List<Vector> vectors =
        Stream.concat(SpecVectors.all("sealed-token").stream(), SpecVectors.all("gate-delivery").stream())
            .toList();
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(7);
    assertThat(vectors)
        .as("vector files that no test reads")
        .filteredOn(v -> !SpecVectors.isKnownShape(v.json()))
        .isEmpty();
  }

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
}
