package com.tripwirejs.examples;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireException;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.webhooks.WebhookVerificationException;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The quickstart: a tour of the SDK that strings the example classes of this package together.
 *
 * <pre>{@code
 * ./mvnw -q -pl tripwire-examples -am compile -Pquickstart
 * }</pre>
 *
 * <p>Without a secret key in {@code FOIL_SECRET_KEY} (or {@code TRIPWIRE_SECRET_KEY}, the variable of
 * the service's former name) it starts a fake Foil API on a loopback port ({@link FakeTripwire})
 * and runs every step against it. With the key set it runs only the steps that read (listing
 * sessions, reading one with its behavior ledger) against the real API, {@code
 * https://api.usefoil.com}, or against {@code FOIL_BASE_URL} (or {@code TRIPWIRE_BASE_URL}) when
 * that is set, and never prints the key. A failed step prints one line saying why, and the process
 * exits with status 1.
 */
public final class Quickstart {

  /**
   * The variables the secret key is read from, in order, as the client reads them: {@code
   * FOIL_SECRET_KEY}, then {@code TRIPWIRE_SECRET_KEY}. With a key, the tour runs read-only against
   * the API.
   */
  public static final List<String> SECRET_KEY_VARIABLES = TripwireClient.SECRET_KEY_ENVIRONMENT_VARIABLES;

  /**
   * The variables that point the read-only tour at another API than the default, in order: {@code
   * FOIL_BASE_URL}, then {@code TRIPWIRE_BASE_URL}.
   */
  public static final List<String> BASE_URL_VARIABLES = List.of("FOIL_BASE_URL", "TRIPWIRE_BASE_URL");

  private static final int PAGE_SIZE = 25;
  private static final int MAX_COUNTED = 200;
  private static final int SESSIONS_SHOWN = 5;
  private static final int HIGHLIGHTS_SHOWN = 3;
  /** The id of your own user that step 3 attaches to a session, as your system would name it. */
  static final String CLIENT_USER_ID = "user_42";
  /** A well-formed session id that names no session. */
  private static final String UNKNOWN_SESSION_ID = "sid_" + "0".repeat(26);

  private static final SecureRandom RANDOM = new SecureRandom();

  private Quickstart() {}

  /**
   * Runs the tour with the process's environment and exits with status 1 if it fails.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    Tour tour = run(System.getenv(), System.out, System.err);
    if (tour.exitCode() != 0) {
      System.exit(tour.exitCode());
    }
  }

  /**
   * Runs the tour.
   *
   * @param environment where the {@link #SECRET_KEY_VARIABLES} and {@link #BASE_URL_VARIABLES} are
   *     read from, such as {@code System.getenv()}
   * @param out where the tour is printed
   * @param err where the one-line reason of a failure is printed
   * @return what the tour did
   */
  public static Tour run(Map<String, String> environment, PrintStream out, PrintStream err) {
    Report report = new Report(out);
    report.title("Tripwire Java SDK quickstart");
    String keyVariable = firstSet(environment, SECRET_KEY_VARIABLES);
    if (keyVariable == null) {
      return againstFake(report, err);
    }
    return readOnly(environment, keyVariable, report, err);
  }

  /** The first of {@code variables} that is set and not blank, or null: blank counts as unset. */
  private static @Nullable String firstSet(Map<String, String> environment, List<String> variables) {
    for (String variable : variables) {
      String value = environment.get(variable);
      if (value != null && !value.isBlank()) {
        return variable;
      }
    }
    return null;
  }

  /** Every step, against a fake API that lives as long as the tour. */
  private static Tour againstFake(Report report, PrintStream err) {
    FakeTripwire fake;
    try {
      fake = FakeTripwire.start();
    } catch (RuntimeException e) {
      return couldNotStart(new Tour(Tour.Mode.LOCAL_FAKE, "(not started)"), report, err, e, null);
    }
    String baseUrl = fake.baseUrl().toString();
    Tour tour = new Tour(Tour.Mode.LOCAL_FAKE, baseUrl);
    report.line("api", "a fake Foil API on this machine, " + baseUrl);
    report.more(
        "no secret key in " + String.join(" or ", SECRET_KEY_VARIABLES) + "; set " + SECRET_KEY_VARIABLES.get(0)
            + " to read your own account instead");
    Steps steps = new Steps(tour, report, err, fake.secretKey());
    try (fake;
        TripwireClient client =
            TripwireClient.builder().baseUrl(baseUrl).secretKey(fake.secretKey()).build()) {
      ListSessions.Listing listing = listSessions(steps, client);
      // Reads the newest sessions until one has a behavior ledger, to show one.
      readSession(steps, client, listing, listing.newest().size());
      SessionSummary newest = listing.newest().get(0);
      steps.run(
          "Attach your own user id to a session",
          () -> AttachClientUser.run(client, newest.id(), CLIENT_USER_ID),
          roundTrip -> showClientUser(tour, report, roundTrip));
      steps.run(
          "An API key's whole life",
          () -> ApiKeyLifecycle.run(client, baseUrl, fake.organizationId()),
          lifecycle -> showApiKey(tour, report, lifecycle));
      steps.run(
          "A webhook endpoint and a verified delivery",
          () -> WebhookRoundTrip.run(client, fake.organizationId()),
          roundTrip -> showWebhook(tour, report, roundTrip));
      steps.run(
          "Verify a sealed token while the secret key rotates",
          () -> {
            // The organization rotates its secret key: the fake's key is the previous one, and the
            // new one (like an unrelated key) is made up for the tour. The browser SDK seals
            // tokens for both keys during the rotation; one sealed before it, for the previous key
            // only, may still be in flight.
            String newKey = madeUpSecretKey();
            String previousKey = fake.secretKey();
            return VerifySealedToken.run(
                Secret.of(newKey),
                Secret.of(previousKey),
                Secret.of(madeUpSecretKey()),
                fake.sealedToken(newest.id(), List.of(newKey, previousKey)),
                fake.sealedToken(newest.id(), List.of(previousKey)));
          },
          verified -> showSealedToken(tour, report, verified, newest));
      report.blank();
      report.title("Done: " + tour.completedSteps().size() + " steps against the local fake API.");
    } catch (StepFailed failed) {
      tour.failed(failed.getMessage());
    } catch (RuntimeException e) {
      return couldNotStart(tour, report, err, e, fake.secretKey());
    }
    report.flush();
    return tour;
  }

  /** The steps that only read, against the API the secret key belongs to. */
  private static Tour readOnly(Map<String, String> environment, String keyVariable, Report report, PrintStream err) {
    String secretKey = environment.get(keyVariable).trim();
    String baseUrlVariable = firstSet(environment, BASE_URL_VARIABLES);
    String baseUrl = baseUrlVariable == null ? TripwireClient.DEFAULT_BASE_URL : environment.get(baseUrlVariable).trim();
    Tour tour = new Tour(Tour.Mode.READ_ONLY, baseUrl);
    report.line("api", baseUrl + ", read-only: " + keyVariable + " is set");
    report.more("steps 3 to 6 change sessions, create and revoke keys and endpoints: unset the key to run them");
    report.more("against a local fake API");
    Steps steps = new Steps(tour, report, err, secretKey);
    // The client reads the key from the environment itself, as it does from System.getenv().
    try (TripwireClient client = TripwireClient.builder().environment(environment::get).baseUrl(baseUrl).build()) {
      ListSessions.Listing listing = listSessions(steps, client);
      readSession(steps, client, listing, 1);
      report.blank();
      report.title("Done: " + tour.completedSteps().size() + " read-only steps against " + baseUrl + ".");
    } catch (StepFailed failed) {
      tour.failed(failed.getMessage());
    } catch (RuntimeException e) {
      return couldNotStart(tour, report, err, e, secretKey);
    }
    report.flush();
    return tour;
  }

  private static ListSessions.Listing listSessions(Steps steps, TripwireClient client) {
    return steps.run(
        "List sessions with auto-paging",
        () -> ListSessions.run(client, PAGE_SIZE, MAX_COUNTED, SESSIONS_SHOWN),
        listing -> showListing(steps.tour, steps.report, listing));
  }

  /**
   * Reads the newest session; with {@code tries} above 1, the newest of that many that has a
   * behavior ledger, or the newest if none has.
   */
  private static void readSession(Steps steps, TripwireClient client, ListSessions.Listing listing, int tries) {
    steps.run(
        "Read one session",
        () -> {
          ReadSession.Missing missing = ReadSession.readMissing(client, UNKNOWN_SESSION_ID);
          ReadSession.Facts facts = null;
          int passedOver = 0;
          List<SessionSummary> candidates = listing.newest().subList(0, Math.min(tries, listing.newest().size()));
          for (int i = 0; i < candidates.size(); i++) {
            ReadSession.Facts read = ReadSession.run(client, candidates.get(i).id(), HIGHLIGHTS_SHOWN);
            if (facts == null) {
              facts = read; // the newest, shown if none of them has a ledger
            }
            if (read.behavior() != null) {
              facts = read;
              passedOver = i;
              break;
            }
          }
          return new ReadStep(facts, passedOver, missing);
        },
        read -> showSession(steps.tour, steps.report, read));
  }

  /**
   * What step 2 found: the session, if there was one, how many newer sessions it passed over for
   * having no behavior ledger, and the answer to an unknown id.
   */
  private record ReadStep(ReadSession.@Nullable Facts facts, int passedOver, ReadSession.Missing missing) {}

  private static void showListing(Tour tour, Report report, ListSessions.Listing listing) {
    tour.sessions(listing);
    String counted = listing.stoppedEarly() ? "the first " + listing.counted() : String.valueOf(listing.counted());
    report.line("counted", counted + " sessions, " + listing.pageSize() + " a page, each page fetched as the loop reached it");
    if (listing.counted() == 0) {
      report.line("verdicts", "none: the account has no sessions yet");
      return;
    }
    StringJoiner verdicts = new StringJoiner(", ");
    listing.verdicts().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(entry -> verdicts.add(entry.getKey() + " " + entry.getValue()));
    report.line("verdicts", verdicts.toString());
    String label = "newest";
    for (SessionSummary session : listing.newest()) {
      report.line(
          label,
          String.format(
              "%s  %-13s risk %3d  %s",
              session.id(),
              session.latestDecision().verdict().value(),
              session.latestDecision().riskScore(),
              Report.when(session.createdAt() != null ? session.createdAt() : session.latestDecision().evaluatedAt())));
      label = "";
    }
  }

  private static void showSession(Tour tour, Report report, ReadStep read) {
    ReadSession.Facts facts = read.facts();
    tour.session(facts);
    tour.missingSession(read.missing());
    if (facts == null) {
      report.line("session", "none to read: the account has no sessions yet");
    } else {
      report.line("session", facts.id());
      report.line(
          "decision",
          facts.automation() + ", risk " + facts.riskScore() + ", " + facts.decisionStatus() + ", "
              + Report.when(facts.evaluatedAt()));
      report.line("page", facts.url());
      report.line("browser", facts.browser());
      report.line("network", facts.network());
      report.line("visitor", visitor(facts));
      String label = "highlights";
      for (String highlight : facts.highlights()) {
        report.line(label, highlight);
        label = "";
      }
      report.line("signals", facts.signalsFired() + " fired");
      showBehavior(report, facts.behavior(), read.passedOver());
    }
    ReadSession.Missing missing = read.missing();
    report.line("unknown id", "answered " + missing.status() + " " + missing.code() + requestId(missing.requestId()));
  }

  private static void showBehavior(Report report, ReadSession.@Nullable Behavior behavior, int passedOver) {
    if (behavior == null) {
      report.line("behavior", "no behavior ledger: behavior-ledger access is not enabled for this organization");
      return;
    }
    if (passedOver > 0) {
      report.line(
          "behavior",
          "read as the newest session with a ledger (" + passedOver + (passedOver == 1 ? " newer one has" : " newer ones have")
              + " none)");
    }
    int count = behavior.findings().size();
    report.line(
        "assessment",
        "tier " + behavior.tier() + ", "
            + (count == 0 ? "no findings" : count + (count == 1 ? " finding: " : " findings: ") + String.join("; ", behavior.findings())));
    String label = "fields";
    for (ReadSession.Field field : behavior.fields()) {
      report.line(label, field.name() + " (" + field.role() + "): " + field.entryMode() + ", " + field.tone());
      label = "";
    }
    report.line(
        "coverage",
        behavior.fieldsTracked() + " fields tracked, " + behavior.fieldsDropped() + " dropped"
            + (behavior.complete() ? ", complete" : ", incomplete"));
  }

  private static void showClientUser(Tour tour, Report report, AttachClientUser.RoundTrip trip) {
    tour.clientUser(trip);
    report.line("session", trip.sessionId());
    expect(
        trip.clientUserId().equals(trip.attached()),
        "attachClientUser answered the client user id " + trip.attached() + ", not " + trip.clientUserId());
    report.line("attached", trip.attached() + ", in the answer to attachClientUser");
    expect(trip.clientUserId().equals(trip.read()), "get read the client user id " + trip.read() + " back, not " + trip.clientUserId());
    report.line("get", trip.read());
    expect(trip.clientUserId().equals(trip.listed()), "list showed the client user id " + trip.listed() + ", not " + trip.clientUserId());
    report.line("list", trip.listed());
    expect(trip.cleared() == null && trip.readAfterClear() == null, "the client user id was still there after clearClientUser");
    report.line("cleared", "clearClientUser, then get: no client user id");
  }

  private static String visitor(ReadSession.Facts facts) {
    if (facts.visitorId() == null) {
      return "not identified";
    }
    Integer seen = facts.visitorSeenCount();
    return seen == null ? facts.visitorId() : facts.visitorId() + ", " + seen + (seen == 1 ? " session" : " sessions");
  }

  private static void showApiKey(Tour tour, Report report, ApiKeyLifecycle.Lifecycle key) {
    tour.apiKey(key);
    report.line("created", key.keyId() + " \"" + key.name() + "\", a secret key for test data");
    report.line("revealed", "once, in the answer to create: store it then (it shows as " + key.keyPreview() + ")");
    expect(key.redactedInToString(), "toString() of the issued key showed the key");
    report.line("toString()", "revealedKey=[REDACTED]: the key never prints");
    expect(key.listedWithoutSecret(), "the key list still carried the revealed key");
    report.line("listed", "with its preview only, the key itself is gone");
    expect(key.newKey().accepted(), "the new key did not authenticate" + refusal(key.newKey()));
    report.line("new key", "authenticates");
    report.line("rotated", "replacement " + key.replacementId() + " issued; the old key is " + key.statusAfterRotation());
    report.line("grace", "the old key keeps working until " + Report.when(key.graceExpiresAt()));
    expect(key.oldKeyInGrace().accepted(), "the old key stopped working inside its grace period" + refusal(key.oldKeyInGrace()));
    expect(key.replacementKey().accepted(), "the replacement key did not authenticate" + refusal(key.replacementKey()));
    report.line("old key", "still authenticates, and so does the replacement");
    report.line("revoked", "both; the old key is now " + key.statusAfterRevocation());
    expect(!key.oldKeyRevoked().accepted(), "the revoked key still authenticates");
    expect(!key.replacementRevoked().accepted(), "the revoked replacement still authenticates");
    report.line("old key", "refused:" + refusal(key.oldKeyRevoked()));
    report.line("replacement", "refused:" + refusal(key.replacementRevoked()));
  }

  private static void showWebhook(Tour tour, Report report, WebhookRoundTrip.RoundTrip trip) {
    tour.webhook(trip);
    report.line("handler", trip.receiverUrl() + " (the JDK's HttpServer)");
    StringJoiner types = new StringJoiner(", ");
    trip.subscribedTo().forEach(type -> types.add(type.value()));
    report.line("endpoint", trip.endpointId() + ", subscribed to " + types);
    report.line("test sent", "event " + trip.eventId());
    WebhookReceiver.Delivery received = trip.received();
    expect(
        received.verified() && received.event() != null,
        "the handler refused the test webhook: " + (received.rejection() == null ? "HTTP " + received.answeredStatus() : describe(received.rejection())));
    report.line("received", received.event().type().value() + ", signature verified");
    report.line("handled", String.valueOf(received.handled()));
    if (trip.delivery() != null) {
      report.line(
          "delivery",
          trip.delivery().status().value() + ", the handler answered " + trip.delivery().responseStatus());
    }
    report.line("event log", trip.eventId() + " " + trip.loggedType().value());
    WebhookReceiver.Delivery tampered = trip.tampered();
    expect(!tampered.verified(), "the handler accepted a delivery whose body was altered");
    report.line(
        "tampered",
        "refused with " + tampered.answeredStatus() + " "
            + (tampered.rejection() == null ? "" : tampered.rejection() + ": " + describe(tampered.rejection())));
    report.line("endpoint", trip.disabled() ? "disabled" : "left active");
  }

  private static void showSealedToken(Tour tour, Report report, VerifySealedToken.Verified token, SessionSummary listed) {
    tour.sealedToken(token);
    report.line("verifier", token.verifier() + ": the new key, then the previous one");
    report.line(
        "both keys",
        "version " + token.sealedForBoth().tokenVersion() + " token sealed for both: "
            + verdict(token.sealedForBoth()));
    report.line("verdict", token.verdict() + ", risk " + token.riskScore() + ", " + token.signals() + " signals");
    expect(token.sessionId().equals(listed.id()), "the token opened to session " + token.sessionId() + ", not " + listed.id());
    expect(
        token.verdict().equals(listed.latestDecision().verdict().value()),
        "the token's verdict " + token.verdict() + " differs from the listed " + listed.latestDecision().verdict());
    report.line("matches", "the verdict sessions().list() gave for the session");
    expect(token.sealedForPrevious().verified(), "the token for the previous key was refused: " + token.sealedForPrevious().refusal());
    report.line(
        "previous key",
        "version " + token.sealedForPrevious().tokenVersion() + " token sealed for it alone, still in flight: "
            + verdict(token.sealedForPrevious()));
    expect(!token.unrelatedKey().verified(), "a verifier of an unrelated key opened the token");
    report.line("other key", "a verifier of an unrelated key only: " + verdict(token.unrelatedKey()));
    expect(!token.altered().verified(), "a token with a flipped bit still opened");
    report.line("altered", "one bit of the sealed payload flipped: " + verdict(token.altered()));
  }

  private static String verdict(VerifySealedToken.Check check) {
    return check.verified() ? "opened to " + check.sessionId() : "refused, " + check.refusal();
  }

  /** A secret key in the fake's format, for the keys the tour's rotation makes up; never printed. */
  private static String madeUpSecretKey() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return "sk_test_" + HexFormat.of().formatHex(bytes);
  }

  private static String describe(WebhookVerificationException.Reason reason) {
    switch (reason) {
      case SIGNATURE_MISMATCH:
        return "the body no longer matches its signature";
      case TIMESTAMP_OUTSIDE_TOLERANCE:
        return "signed too long ago";
      case MISSING_HEADER:
        return "no signature headers";
      case MALFORMED_HEADER:
        return "malformed signature headers";
      default:
        return reason.name();
    }
  }

  private static String refusal(ApiKeyLifecycle.KeyCheck check) {
    return check.accepted() ? "" : " " + check.status() + " " + check.code();
  }

  private static String requestId(@Nullable String requestId) {
    return requestId == null ? "" : " (request id " + requestId + ")";
  }

  /** Fails the step with {@code otherwise} unless {@code condition} holds. */
  private static void expect(boolean condition, String otherwise) {
    if (!condition) {
      throw new IllegalStateException(otherwise);
    }
  }

  private static Tour couldNotStart(Tour tour, Report report, PrintStream err, RuntimeException e, @Nullable String secretKey) {
    report.flush();
    String reason = reason(e, tour.baseUrl(), secretKey);
    err.println("Quickstart failed: " + reason);
    err.flush();
    tour.failed(reason);
    return tour;
  }

  /** One line that says what went wrong, without a stack trace and without the secret key. */
  static String reason(Throwable failure, String baseUrl, @Nullable String secretKey) {
    String message = failure.getMessage() == null ? "" : failure.getMessage();
    String reason;
    if (failure instanceof TripwireConnectionException) {
      reason = "could not reach " + baseUrl + ": " + message;
    } else if (failure instanceof TripwireException || failure instanceof IllegalStateException) {
      reason = message;
    } else {
      reason = failure.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
    }
    reason = reason.replaceAll("\\s*\\R\\s*", " ").trim();
    if (secretKey != null && !secretKey.isEmpty()) {
      reason = reason.replace(secretKey, "[REDACTED]");
    }
    return reason;
  }

  /** Runs the steps in order: a heading, the step, its lines; the first failure ends the tour. */
  private static final class Steps {
    final Tour tour;
    final Report report;
    private final PrintStream err;
    private final @Nullable String secretKey;

    Steps(Tour tour, Report report, PrintStream err, @Nullable String secretKey) {
      this.tour = tour;
      this.report = report;
      this.err = err;
      this.secretKey = secretKey;
    }

    <T> T run(String title, Supplier<T> action, Consumer<T> show) {
      int number = tour.completedSteps().size() + 1;
      report.heading(number, title);
      try {
        T result = action.get();
        show.accept(result);
        tour.completed(title);
        return result;
      } catch (RuntimeException e) {
        String reason = "step " + number + " (" + title + "): " + reason(e, tour.baseUrl(), secretKey);
        report.flush();
        err.println("Quickstart failed at " + reason);
        err.flush();
        throw new StepFailed(reason);
      }
    }
  }

  /** A step failed; its reason is printed already. */
  private static final class StepFailed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StepFailed(String reason) {
      super(reason, null, false, false);
    }
  }
}
