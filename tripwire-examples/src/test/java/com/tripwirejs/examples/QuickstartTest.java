package com.tripwirejs.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.apikey.ApiKeyStatus;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.model.session.behavior.SessionDetailBehavior;
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
  private static final String ATTACH = "Attach your own user id to a session";
  private static final String TOKEN = "Verify a sealed token while the secret key rotates";

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
            ATTACH,
            "An API key's whole life",
            "A webhook endpoint and a verified delivery",
            TOKEN);

    // 1. The fake seeds 60 sessions: three pages of 25, all counted.
    ListSessions.Listing listing = tour.sessions().orElseThrow();
    assertThat(listing.counted()).isEqualTo(60);
    assertThat(listing.stoppedEarly()).isFalse();
    assertThat(listing.verdicts().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(60);
    assertThat(listing.newest()).hasSize(5);
    String newestId = listing.newest().get(0).id();

    // 2. The newest session with a behavior ledger (the fake's desktop sessions have one, its phone
    // sessions none), read by id with its ledger; an unknown id is the API's 404.
    ReadSession.Facts session = tour.session().orElseThrow();
    SessionSummary read =
        listing.newest().stream().filter(listed -> listed.id().equals(session.id())).findFirst().orElseThrow();
    assertThat(session.url()).startsWith("https://");
    assertThat(session.riskScore()).isEqualTo(read.latestDecision().riskScore());
    ReadSession.Behavior behavior = session.behavior();
    assertThat(behavior).isNotNull();
    try (FakeTripwire same = FakeTripwire.start();
        TripwireClient client = TripwireClient.builder().baseUrl(same.baseUrl().toString()).secretKey(same.secretKey()).build()) {
      // The same seed gives the same sessions: the step passed over exactly the newer ones without a ledger.
      List<String> newer = fakeSessionsBefore(same, session.id());
      assertThat(newer).allSatisfy(id -> assertThat(client.sessions().get(id).behavior()).isNull());
      if (!newer.isEmpty()) {
        assertThat(run.out).contains("read as the newest session with a ledger (" + newer.size());
      }
      SessionDetailBehavior expected = client.sessions().get(session.id()).behavior();
      assertThat(expected).isNotNull();
      assertThat(behavior.tier()).isEqualTo(expected.assessment().tier().value());
      assertThat(behavior.findings()).isEqualTo(expected.assessment().findings());
      assertThat(behavior.fields())
          .extracting(ReadSession.Field::role, ReadSession.Field::entryMode, ReadSession.Field::tone)
          .containsExactlyElementsOf(
              expected.fields().stream()
                  .map(field -> org.assertj.core.groups.Tuple.tuple(field.fieldRole(), field.entryMode().value(), field.tone().value()))
                  .toList());
      assertThat(behavior.fields()).isNotEmpty();
      assertThat(behavior.fieldsTracked()).isEqualTo(behavior.fields().size());
      assertThat(behavior.complete()).isTrue();
    }
    assertThat(run.out)
        .contains(
            "  assessment   tier " + behavior.tier() + ", "
                + (behavior.findings().isEmpty()
                    ? "no findings"
                    : behavior.findings().size() + (behavior.findings().size() == 1 ? " finding: " : " findings: ")
                        + String.join("; ", behavior.findings())))
        .contains(behavior.fields().get(0).name() + " (" + behavior.fields().get(0).role() + "): " + behavior.fields().get(0).entryMode())
        .contains("  coverage     " + behavior.fields().size() + " fields tracked, 0 dropped, complete");
    ReadSession.Missing missing = tour.missingSession().orElseThrow();
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.code()).isEqualTo("request.not_found");

    // 3. The client user id attached, read back by get and in the list, then cleared.
    AttachClientUser.RoundTrip user = tour.clientUser().orElseThrow();
    assertThat(user.sessionId()).isEqualTo(newestId);
    assertThat(user.clientUserId()).isEqualTo("user_42");
    assertThat(user.attached()).isEqualTo("user_42");
    assertThat(user.read()).isEqualTo("user_42");
    assertThat(user.listed()).isEqualTo("user_42");
    assertThat(user.cleared()).isNull();
    assertThat(user.readAfterClear()).isNull();

    // 4. Revealed once and redacted; rotation keeps the old key working until revocation.
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

    // 5. The handler verified the signed test webhook and refused the altered copy.
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

    // 6. During the rotation, version 2 tokens for both keys and for the previous key alone open to
    // the newest session and its listed verdict; another key and an altered token are refused.
    VerifySealedToken.Verified token = tour.sealedToken().orElseThrow();
    assertThat(token.sessionId()).isEqualTo(newestId);
    assertThat(token.verdict()).isEqualTo(listing.newest().get(0).latestDecision().verdict().value());
    assertThat(token.verifier()).isEqualTo("SealedTokenVerifier{secretKeys=2 [REDACTED]}");
    assertThat(token.sealedForBoth()).isEqualTo(new VerifySealedToken.Check(2, newestId, null));
    assertThat(token.sealedForPrevious()).isEqualTo(new VerifySealedToken.Check(2, newestId, null));
    assertThat(token.unrelatedKey())
        .isEqualTo(new VerifySealedToken.Check(2, null, SealedTokenException.Reason.RECIPIENT_NOT_FOUND));
    assertThat(token.altered())
        .isEqualTo(new VerifySealedToken.Check(2, null, SealedTokenException.Reason.AUTHENTICATION_FAILURE));

    // What a person reads: a heading per step, the end line, nothing on standard error.
    assertThat(run.out)
        .contains("1. " + LIST, "2. " + READ, "3. " + ATTACH, "4. An API key's whole life", "6. " + TOKEN)
        .contains("revealedKey=[REDACTED]", "SIGNATURE_MISMATCH", "RECIPIENT_NOT_FOUND", "AUTHENTICATION_FAILURE")
        .contains("  verifier     SealedTokenVerifier{secretKeys=2 [REDACTED]}")
        .contains("  attached     user_42", "  cleared      clearClientUser, then get: no client user id")
        .contains("Done: 6 steps against the local fake API.")
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
      assertThat(tour.clientUser()).isEmpty();
      assertThat(tour.apiKey()).isEmpty();
      assertThat(tour.webhook()).isEmpty();
      assertThat(tour.sealedToken()).isEmpty();

      assertThat(run.out)
          .contains(fake.baseUrl() + ", read-only: FOIL_SECRET_KEY is set")
          .contains("Done: 2 read-only steps against " + fake.baseUrl() + ".")
          .doesNotContain("3. ", fake.secretKey());
      assertThat(run.err).isEmpty();

      // Read-only: the account has no more keys and no endpoints than before, and no session a
      // client user id.
      try (TripwireClient client =
          TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(fake.secretKey()).build()) {
        assertThat(client.sessions().get(fake.sessionIds().get(0)).clientUserId()).isNull();
        assertThat(client.organizations().apiKeys().list(fake.organizationId()).items()).isEmpty();
        assertThat(client.webhooks().endpoints().list(fake.organizationId()).items()).isEmpty();
      }
    }
  }

  @Test
  void readOnlyTheNewestSessionsLedgerIsShownOrItsAbsenceSaid() {
    // The fake's desktop sessions have a ledger and its phone sessions none, as an organization
    // without behavior-ledger access: seeds whose newest session is of each kind.
    boolean sawLedger = false;
    boolean sawNone = false;
    for (long seed = 1; seed <= 40 && !(sawLedger && sawNone); seed++) {
      try (FakeTripwire fake = FakeTripwire.builder().seed(seed).sessions(3).start();
          TripwireClient client =
              TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(fake.secretKey()).build()) {
        SessionDetailBehavior expected = client.sessions().get(fake.sessionIds().get(0)).behavior();
        if (expected == null ? sawNone : sawLedger) {
          continue;
        }
        Run run = Run.of(Map.of("FOIL_SECRET_KEY", fake.secretKey(), "FOIL_BASE_URL", fake.baseUrl().toString()));

        assertThat(run.tour.completedSteps()).containsExactly(LIST, READ);
        ReadSession.Facts session = run.tour.session().orElseThrow();
        assertThat(session.id()).isEqualTo(fake.sessionIds().get(0));
        if (expected == null) {
          sawNone = true;
          assertThat(session.behavior()).isNull();
          assertThat(run.out)
              .contains("  behavior     no behavior ledger: behavior-ledger access is not enabled for this organization")
              .doesNotContain("assessment", "coverage");
        } else {
          sawLedger = true;
          assertThat(session.behavior()).isNotNull();
          assertThat(session.behavior().tier()).isEqualTo(expected.assessment().tier().value());
          assertThat(session.behavior().findings()).isEqualTo(expected.assessment().findings());
          assertThat(session.behavior().fields()).hasSameSizeAs(expected.fields());
          assertThat(run.out).contains("  assessment   tier " + expected.assessment().tier().value()).doesNotContain("no behavior ledger");
        }
        assertThat(run.err).isEmpty();
      }
    }
    assertThat(sawLedger).as("a seed whose newest session has a ledger").isTrue();
    assertThat(sawNone).as("a seed whose newest session has none").isTrue();
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

  /** The ids of the fake's sessions listed before {@code sessionId}, newest first. */
  private static List<String> fakeSessionsBefore(FakeTripwire fake, String sessionId) {
    List<String> ids = fake.sessionIds();
    int index = ids.indexOf(sessionId);
    assertThat(index).as("the fake's sessions hold " + sessionId).isNotNegative();
    return ids.subList(0, index);
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
