package com.tripwirejs.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.testing.FakeTripwire;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension hands every test of a class one running fake. */
@ExtendWith(FakeTripwireExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FakeTripwireExtensionTest {
  private static final AtomicReference<FakeTripwire> FIRST = new AtomicReference<>();

  @Test
  @Order(1)
  void aTestReceivesARunningFake(FakeTripwire tripwire) {
    FIRST.set(tripwire);
    try (TripwireClient client =
        TripwireClient.builder().baseUrl(tripwire.baseUrl().toString()).secretKey(tripwire.secretKey()).build()) {
      assertThat(client.sessions().list().items()).isNotEmpty();
    }
  }

  @Test
  @Order(2)
  void theNextTestOfTheClassReceivesTheSameFake(FakeTripwire tripwire) {
    assertThat(tripwire).isSameAs(FIRST.get());
  }
}
