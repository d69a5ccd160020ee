package com.example.checkout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.testing.junit.FakeTripwireExtension;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import com.tripwirejs.webhooks.token.SessionVerification;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A consumer of the BOM calls the fake API with the client and verifies a sealed token. */
@ExtendWith(FakeTripwireExtension.class)
class CheckoutTest {
  @Test
  void readsSessionsAndVerifiesATokenAgainstTheFake(FakeTripwire tripwire) {
    try (TripwireClient client =
        TripwireClient.builder().baseUrl(tripwire.baseUrl().toString()).secretKey(tripwire.secretKey()).build()) {
      List<SessionSummary> sessions = client.sessions().list().items();
      assertFalse(sessions.isEmpty());
      SessionDetail detail = client.sessions().get(sessions.get(0).id());

      SessionVerification verified =
          SealedTokenVerifier.of(tripwire.secretKey()).verify(tripwire.sealedToken(detail.id()));
      assertEquals(detail.id(), verified.sessionId());
    }
  }
}
