package com.tripwirejs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

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
}
