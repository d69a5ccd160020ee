package com.tripwirejs.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.webhooks.testing.SpecVectors;
import com.tripwirejs.webhooks.testing.SpecVectors.Vector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every file of the crypto vector folders is read by some test: a vector file of a new shape makes
 * this fail instead of being skipped without notice.
 */
class SpecVectorCoverageTest {

  @Test
  void everyVectorFileHasAShapeThatATestReads() {
    // The gate-delivery folder is tripwire-gate's, whose own coverage test reads it.
    List<Vector> vectors = SpecVectors.all("sealed-token");
    assertThat(vectors).hasSizeGreaterThanOrEqualTo(2);
    assertThat(vectors)
        .as("vector files that no test reads")
        .filteredOn(v -> !SpecVectors.isKnownShape(v.json()))
        .isEmpty();
  }
}
