package com.tripwirejs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.apikey.ApiKeyStatus;
import com.tripwirejs.model.webhook.WebhookDelivery;
import com.tripwirejs.model.webhook.WebhookDeliveryStatus;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.token.SealedTokenException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class QuickstartTest {
  /** A whole key as the fake issues them; a preview such as {@code sk_test_abcd...} is shorter. */
  private static final Pattern WHOLE_KEY = Pattern.compile("sk_(test|live)_[0-9a-z]{5,}");

  private static final String LIST = "List sessions with auto-paging";
  private static final String READ = "Read one session";

  @Test
  void theTourAgainstTheFakeCompletesEveryStepWithTheRealOutcomes() {
    Run run = Run.of(Map.of());
    Tour tour = run.tour;

    assertThat(tour.failure()).isEmpty();
    assertThat(tour.exitCode()).isZero();
    assertThat(tour.mode()).isEqualTo(Tour.Mode.LOCAL_FAKE);
    assertThat(tour.baseUrl()).startsWith("http://127.0.0.1:");
    assertThat(tour.completedSteps())
        .containsExactly(
            LIST,
            READ,
            "An API key's whole life",
            "A webhook endpoint and a verified delivery",
            "Verify a sealed token");

    // 1. The fake seeds 60 sessions: three pages of 25, all counted.
    ListSessions.Listing listing = tour.sessions().orElseThrow();
    assertThat(listing.counted()).isEqualTo(60);
    assertThat(listing.stoppedEarly()).isFalse();
    assertThat(listing.verdicts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
    assertThat(listing.newest()).hasSize(5);
    String newestId = listing.newest().get(0).id();

    // 2. The newest session, read by id; an unknown id is the API's 404.
    ReadSession.Facts session = tour.session().orElseThrow();
    assertThat(session.id()).isEqualTo(newestId);
    assertThat(session.url()).startsWith("https://");
    assertThat(session.riskScore()).isEqualTo(listing.newest().get(0).latestDecision().riskScore());
    ReadSession.Missing missing = tour.missingSession().orElseThrow();
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("request.not_found");

    // 3. Revealed once and redacted; rotation keeps the old key working until revocation.
    ApiKeyLifecycle.Lifecycle key = tour.apiKey().orElseThrow();
    assertThat(key.keyId()).startsWith("key_");
    assertThat(key.redactedInToString()).isTrue();
    assertThat(key.listedWithoutSecret()).isTrue();
    assertThat(key.newKey().accepted()).isTrue();
    assertThat(key.replacementId()).isNotEqualTo(key.keyId());
    assertThat(key.statusAfterRotation()).isEqualTo(ApiKeyStatus.ROTATING);
    assertThat(key.graceExpiresAt()).isNotNull();
    assertThat(key.oldKeyInGrace().accepted()).isTrue();
    assertThat(key.replacementKey().accepted()).isTrue();
    assertThat(key.statusAfterRevocation()).isEqualTo(ApiKeyStatus.REVOKED);
    assertThat(key.oldKeyRevoked()).isEqualTo(new ApiKeyLifecycle.KeyCheck(false, 401, "auth.invalid_api_key"));
    assertThat(key.replacementRevoked()).isEqualTo(new ApiKeyLifecycle.KeyCheck(false, 401, "auth.invalid_api_key"));

    // 4. The handler verified the signed test webhook and refused the altered copy.
    WebhookRoundTrip.RoundTrip trip = tour.webhook().orElseThrow();
    assertThat(trip.receiverUrl().getHost()).isEqualTo("127.0.0.1");
    assertThat(trip.subscribedTo()).containsExactly(WebhookEventType.SESSION_RESULT_PERSISTED);
    WebhookReceiver.Delivery received = trip.received();
    assertThat(received.verified()).isTrue();
    assertThat(received.answeredStatus()).isEqualTo(200);
    assertThat(received.signed()).isNotNull();
    assertThat(received.signed().generation()).isEqualTo(ServiceGeneration.FOIL);
    assertThat(received.signed().timestamp()).isNotBlank();
    assertThat(received.signed().signature()).matches("[0-9a-f]{64}");
    assertThat(received.event()).isInstanceOf(WebhookTestEvent.class);
    WebhookTestEvent event = (WebhookTestEvent) received.event();
    assertThat(event.id()).isEqualTo(trip.eventId());
    assertThat(event.data().endpoint().id()).isEqualTo(trip.endpointId());
    WebhookDelivery delivery = trip.delivery();
    assertThat(delivery).isNotNull();
    assertThat(delivery.status()).isEqualTo(WebhookDeliveryStatus.SUCCEEDED);
    assertThat(delivery.responseStatus()).isEqualTo(200);
    assertThat(trip.loggedType()).isEqualTo(WebhookEventType.WEBHOOK_TEST);
    WebhookReceiver.Delivery tampered = trip.tampered();
    assertThat(tampered.verified()).isFalse();
    assertThat(tampered.answeredStatus()).isEqualTo(400);
    assertThat(tampered.rejection()).isEqualTo(WebhookVerificationException.Reason.SIGNATURE_MISMATCH);
    assertThat(tampered.signed()).isEqualTo(received.signed());
    assertThat(tampered.rawBody()).isNotEqualTo(received.rawBody());
    assertThat(trip.disabled()).isTrue();

    // 5. The fake's token for the newest session opens to that session and its listed verdict.
    VerifySealedToken.Verified token = tour.sealedToken().orElseThrow();
    assertThat(token.sessionId()).isEqualTo(newestId);
    assertThat(token.verdict()).isEqualTo(listing.newest().get(0).latestDecision().verdict().value());
    assertThat(token.alteredRejection()).isEqualTo(SealedTokenException.Reason.AUTHENTICATION_FAILURE);

    // What a person reads: a heading per step, the end line, nothing on standard error.
    assertThat(run.out)
        .contains("1. " + LIST, "2. " + READ, "3. An API key's whole life", "5. Verify a sealed token")
        .contains("revealedKey=[REDACTED]", "SIGNATURE_MISMATCH")
        .contains("Done: 5 steps against the local fake API.")
        .contains("no secret key in FOIL_SECRET_KEY or TRIPWIRE_SECRET_KEY; set FOIL_SECRET_KEY")
        .doesNotContain("Exception", "\tat ", "whsec_");
    assertThat(WHOLE_KEY.matcher(run.out).find()).as("a whole API key in the output").isFalse();
    assertThat(run.err).isEmpty();
  }

  @Test
  void withASecretKeyOnlyTheReadingStepsRunAndTheKeyIsNeverPrinted() {
    try (FakeTripwire fake = FakeTripwire.start()) {
      Run run =
          Run.of(
              Map.of(
                  "FOIL_SECRET_KEY", fake.secretKey(),
                  "FOIL_BASE_URL", fake.baseUrl().toString()));
      Tour tour = run.tour;

      assertThat(tour.failure()).isEmpty();
      assertThat(tour.exitCode()).isZero();
      assertThat(tour.mode()).isEqualTo(Tour.Mode.READ_ONLY);
      assertThat(tour.baseUrl()).isEqualTo(fake.baseUrl().toString());
      assertThat(tour.completedSteps()).containsExactly(LIST, READ);
      assertThat(tour.sessions().orElseThrow().counted()).isEqualTo(60);
      assertThat(tour.session().orElseThrow().id()).isEqualTo(fake.sessionIds().get(0));
      assertThat(tour.apiKey()).isEmpty();
      assertThat(tour.webhook()).isEmpty();
      assertThat(tour.sealedToken()).isEmpty();

      assertThat(run.out)
          .contains(fake.baseUrl() + ", read-only: FOIL_SECRET_KEY is set")
          .contains("Done: 2 read-only steps against " + fake.baseUrl() + ".")
          .doesNotContain("3. ", fake.secretKey());
      assertThat(run.err).isEmpty();

      // Read-only: the account has no more keys and no endpoints than before.
      try (TripwireClient client =
          TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(fake.secretKey()).build()) {
        assertThat(client.organizations().apiKeys().list(fake.organizationId()).items()).isEmpty();
        assertThat(client.webhooks().endpoints().list(fake.organizationId()).items()).isEmpty();
      }
    }
  }

  @Test
  void theVariablesOfTheFormerNameStillWorkWhenTheFoilOnesAreUnsetOrBlank() {
    try (FakeTripwire fake = FakeTripwire.start()) {
      for (Map<String, String> environment :
          List.of(
              Map.of("TRIPWIRE_SECRET_KEY", fake.secretKey(), "TRIPWIRE_BASE_URL", fake.baseUrl().toString()),
              Map.of(
                  "FOIL_SECRET_KEY", " ",
                  "FOIL_BASE_URL", "",
                  "TRIPWIRE_SECRET_KEY", fake.secretKey(),
                  "TRIPWIRE_BASE_URL", fake.baseUrl().toString()))) {
        Run run = Run.of(environment);

        assertThat(run.tour.failure()).isEmpty();
        assertThat(run.tour.mode()).isEqualTo(Tour.Mode.READ_ONLY);
        assertThat(run.tour.baseUrl()).isEqualTo(fake.baseUrl().toString());
        assertThat(run.tour.completedSteps()).containsExactly(LIST, READ);
        assertThat(run.out).contains(fake.baseUrl() + ", read-only: TRIPWIRE_SECRET_KEY is set");
      }
    }
  }

  @Test
  void theFoilVariablesWinOverThoseOfTheFormerName() {
    try (FakeTripwire fake = FakeTripwire.start()) {
      // Were the former variables read, the key would be refused and the API unreachable.
      Run run =
          Run.of(
              Map.of(
                  "FOIL_SECRET_KEY", fake.secretKey(),
                  "FOIL_BASE_URL", fake.baseUrl().toString(),
                  "TRIPWIRE_SECRET_KEY", "sk_test_0000000000000000000000notthisone",
                  "TRIPWIRE_BASE_URL", "http://127.0.0.1:1"));

      assertThat(run.tour.failure()).isEmpty();
      assertThat(run.tour.baseUrl()).isEqualTo(fake.baseUrl().toString());
      assertThat(run.tour.completedSteps()).containsExactly(LIST, READ);
      assertThat(run.out).contains(fake.baseUrl() + ", read-only: FOIL_SECRET_KEY is set");
    }
  }

  @Test
  void aRefusedKeyEndsTheTourWithOneLineAndExitCodeOne() {
    try (FakeTripwire fake = FakeTripwire.start()) {
      String wrongKey = "sk_test_0000000000000000000000notthisone";
      Run run = Run.of(Map.of("FOIL_SECRET_KEY", wrongKey, "FOIL_BASE_URL", fake.baseUrl().toString()));

      assertThat(run.tour.exitCode()).isEqualTo(1);
      assertThat(run.tour.completedSteps()).isEmpty();
      assertThat(run.tour.failure()).hasValueSatisfying(reason -> assertThat(reason).contains("401", "auth.invalid_api_key"));
      assertThat(run.err.lines()).hasSize(1);
      assertThat(run.err)
          .startsWith("Quickstart failed at step 1 (" + LIST + "): HTTP 401 auth.invalid_api_key")
          .contains("(request id req_");
      assertThat(run.out + run.err).doesNotContain(wrongKey, "Exception", "\tat ");
    }
  }

  @Test
  void anUnreachableApiIsOneLineToo() {
    // Port 1 on loopback: nothing listens there, so the connection is refused at once.
    Run run = Run.of(Map.of("FOIL_SECRET_KEY", "sk_test_unreachable", "FOIL_BASE_URL", "http://127.0.0.1:1"));

    assertThat(run.tour.exitCode()).isEqualTo(1);
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).startsWith("Quickstart failed at step 1 (" + LIST + "): could not reach http://127.0.0.1:1");
    assertThat(run.out + run.err).doesNotContain("sk_test_unreachable", "\tat ");
  }

  @Test
  void aBaseUrlThatIsNoUrlIsOneLine() {
    Run run = Run.of(Map.of("FOIL_SECRET_KEY", "sk_test_somekey", "FOIL_BASE_URL", "not a url"));

    assertThat(run.tour.exitCode()).isEqualTo(1);
    assertThat(run.tour.completedSteps()).isEmpty();
    assertThat(run.err.lines()).hasSize(1);
    assertThat(run.err).startsWith("Quickstart failed: ").doesNotContain("sk_test_somekey");
  }

  @Test
  void aReasonNeverCarriesTheSecretKeyOrALineBreak() {
    IllegalStateException failure = new IllegalStateException("refused sk_live_secretvalue\n  at the gate");

    assertThat(Quickstart.reason(failure, "https://api.usefoil.com", "sk_live_secretvalue"))
        .isEqualTo("refused [REDACTED] at the gate");
  }

  /** One run of the tour with its printed output. */
  private static final class Run {
    final Tour tour;
    final String out;
    final String err;

    private Run(Tour tour, String out, String err) {
      this.tour = tour;
      this.out = out;
      this.err = err;
    }

    static Run of(Map<String, String> environment) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      Tour tour =
          Quickstart.run(
              environment,
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      return new Run(tour, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
