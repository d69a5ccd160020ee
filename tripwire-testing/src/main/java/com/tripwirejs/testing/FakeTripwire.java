package com.tripwirejs.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.webhook.Event;
import com.tripwirejs.model.webhook.WebhookDelivery;
import com.tripwirejs.testing.internal.FakeServer;
import com.tripwirejs.testing.internal.FakeState;
import com.tripwirejs.testing.internal.WebhookDeliveries;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fake Tripwire API for tests: real HTTP on a loopback port, in memory and stateful.
 *
 * <p>Gate, which the current API no longer has, is part of the fake only when asked for with
 * {@link Builder#gate()} (it needs the {@code tripwire-gate} artifact on the test class path);
 * otherwise its routes answer 404 as the current API does.
 *
 * <p>Point a client at {@link #baseUrl()} with {@link #secretKey()} and call it as the real API:
 * <ul>
 *   <li>sessions and visitor fingerprints, seeded with realistic detection data (people and bots,
 *       returning visitors, the behavior ledger of their form fields on desktop sessions), listed
 *       by cursor with the {@code verdict}, {@code search} and {@code sort} filters, and read by
 *       id; a session's client user id attached and cleared ({@code sessions:update}), then
 *       served by get and list;
 *   <li>organizations (create, read, update) starting with {@link #organizationId()}; one created
 *       here is reached with its own secret key, {@link #secretKey(String)};
 *   <li>API keys: create (the secret is revealed once; a publishable key's client target is
 *       {@code browser} unless a native one is requested), list, update, rotate (the old key keeps
 *       authenticating for a 24-hour grace period) and revoke; a secret key created here
 *       authenticates like the fake's own, for its organization and with the scopes it was
 *       granted;
 *   <li>webhook endpoints (create, list, update, disable, rotate the signing secret) and
 *       {@code send test}, which signs a {@code webhook.test} event with the endpoint's secret and
 *       POSTs it to the endpoint's URL; the event log lists it with its delivery;
 *   <li>the events receivers exist for: {@link #persistSessionResult(String)} sends {@code
 *       session.result.persisted} to every subscribed endpoint, {@link #retryFailedDeliveries()}
 *       retries what failed (see <a href="#events">Events and deliveries</a>);
 *   <li>with {@link Builder#gate()}, Gate: the public registry (the first-party {@code foil}
 *       service and every discoverable, active
 *       service), the organization's own services (list, create, read, update, disable), signup
 *       sessions (create with a delivery request, poll with the poll token, acknowledge the
 *       delivery), dashboard login sessions (created with an agent token, their code consumed
 *       once with the secret key) and agent tokens (verify, revoke).
 * </ul>
 *
 * <p>A Gate session stays {@code pending} until the test decides, as the person at its consent
 * URL would: {@link FakeGate#approveSession(String)} creates the gate account and its agent token, and
 * the next poll answers {@code approved} with a delivery bundle whose {@code integrator} envelope
 * is really encrypted to the session's delivery request ({@code GateDeliveryKeyPair.decrypt} opens
 * it) and holds the outputs and the ack token; {@link FakeGate#denySession(String)} rejects it. After
 * the acknowledgement the delivery is gone (410); a session not acknowledged by its {@code
 * expires_at} (15 minutes, on the fake's {@link Builder#clock(Clock) clock}) polls as {@code
 * expired}. {@link FakeGate#loginCode(String)} reads the code of a login session, as the person
 * would from the dashboard.
 *
 * <h2 id="events">Events and deliveries</h2>
 *
 * <p>Every event the fake sends joins its organization's event log ({@code listEvents}, {@code
 * retrieveEvent}) with one delivery per endpoint it went to, and each delivery is a real POST of
 * the contract's event envelope to the endpoint's URL, signed with the endpoint's current signing
 * secret in the {@code X-Foil-Timestamp} and {@code X-Foil-Signature} headers, made before the
 * method that caused it returns (so a test can assert on what its receiver got right after the
 * call). A delivery is {@code succeeded} when the receiver answered 2xx and {@code failed}
 * otherwise, with the receiver's status, the first 1,000 characters of its body, or the error
 * (unreachable, or no answer within 10 seconds). Only endpoints that are {@code active} when the
 * event happens and subscribe to its type get a delivery.
 *
 * <p>Where the fake simplifies: the contract does not document the API's retry schedule, so the
 * fake never retries on its own; {@link #retryFailedDeliveries()} is the schedule, run by the test
 * at once and without waiting, up to {@link #MAX_DELIVERY_ATTEMPTS} attempts a delivery. The event
 * log keeps the newest 10,000 events. {@code listEvents}, which the contract gives a {@code limit}
 * but no cursor, answers the newest {@code limit} matching events with {@code has_more} true when
 * older ones exist, and no {@code next_cursor}: there is no request that could pass one back.
 *
 * <p>The fake answers as the API does, with only the statuses the contract lists for each
 * operation: a missing or unknown secret key is a 401, a secret key without the scope of the
 * operation a 403 ({@code auth.insufficient_scope}; the fake's own key has {@code *}), any
 * organization but the key's own a 403 ({@code auth.organization_access_denied}), a poll or agent
 * token that is not the operation's a 403, an unknown id a 404, a used-up Gate delivery or login
 * code a 410, and a parameter or body that the contract's request schema refuses (a wrong type or
 * enum value, an unknown property, an empty or malformed body) a 422 with {@code details.fields},
 * each in the API's error envelope with a request id. Nothing refused is stored.
 *
 * <p>Start one per test class or per test; each holds its own state. In JUnit 5, {@code
 * @ExtendWith(FakeTripwireExtension.class)} does it for you. Thread-safe.
 */
public final class FakeTripwire implements AutoCloseable {
  private final FakeState state;
  private final FakeServer server;
  private final @Nullable FakeGate gate;

  private FakeTripwire(FakeState state) {
    this.state = state;
    this.server = new FakeServer(state);
    this.gate = state.gateEnabled() ? new FakeGate(state) : null;
  }

  /**
   * Starts a fake with the default seed and 60 seeded sessions.
   *
   * @return the running fake; close it to stop it
   */
  public static FakeTripwire start() {
    return builder().start();
  }

  /**
   * A builder for a fake with its own seed, number of sessions or clock.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the base URL to give the client, such as {@code http://127.0.0.1:49152}}
   */
  public URI baseUrl() {
    return server.baseUrl();
  }

  /**
   * {@return the secret key that authenticates as the fake's organization} It is a test value,
   * worthless outside this fake.
   */
  public String secretKey() {
    return state.secretKey();
  }

  /**
   * The secret key (scope {@code *}) of an organization created through the fake's API, as its
   * owner would copy it from the dashboard: a key acts only in its own organization, so this is
   * how a test reaches an organization it created. For the fake's own organization it is {@link
   * #secretKey()}.
   *
   * @param organizationId the id of an organization the fake holds
   * @return its secret key, a test value worthless outside this fake
   * @throws IllegalArgumentException if no organization has that id
   */
  public String secretKey(String organizationId) {
    return state.secretKey(organizationId);
  }

  /** {@return the id of the organization the fake starts with} */
  public String organizationId() {
    return state.organizationId();
  }

  /** {@return the ids of the seeded sessions, newest first as the API lists them} */
  public List<String> sessionIds() {
    return state.sessionIds();
  }

  /**
   * Seals the session verification of a seeded session with the fake's secret key, as the
   * browser SDK hands it to a server: a token that {@code SealedTokenVerifier.of(secretKey())}
   * opens.
   *
   * @param sessionId one of {@link #sessionIds()}
   * @return the sealed token, standard base64
   * @throws IllegalArgumentException if the fake holds no session with that id
   */
  public String sealedToken(String sessionId) {
    ObjectNode payload = state.sessionVerification(sessionId);
    return SealedTokens.seal(secretKey(), payload.toString());
  }

  /**
   * Seals the session verification of a seeded session for each of {@code secretKeys}, in version
   * 2, as the browser SDK issues tokens while an organization rotates its secret key: a verifier
   * of any one of the keys opens it. Give the fake's {@link #secretKey()} alone for the token
   * {@link #sealedToken(String)} mints, or other keys to test a verifier's rotation.
   *
   * @param sessionId one of {@link #sessionIds()}
   * @param secretKeys the secret keys (or their SHA-256 hex) to seal for, 1 to 256
   * @return the sealed token, standard base64
   * @throws IllegalArgumentException if the fake holds no session with that id, a key is blank,
   *     or there are no keys or more than 256
   */
  public String sealedToken(String sessionId, List<String> secretKeys) {
    ObjectNode payload = state.sessionVerification(sessionId);
    return SealedTokens.seal(secretKeys, payload.toString());
  }

  /**
   * The most attempts the fake makes at one delivery, the first included: {@link
   * #retryFailedDeliveries()} leaves a delivery that has had this many {@code failed}. It is the
   * fake's bound, not one the contract documents.
   */
  public static final int MAX_DELIVERY_ATTEMPTS = WebhookDeliveries.MAX_ATTEMPTS;

  /**
   * Persists the result of a seeded session, as the API does once it has scored it: a {@code
   * session.result.persisted} event whose {@code data} is the contract's {@code
   * SessionResultPersistedPayload} for the session (its decision, visitor fingerprint, request,
   * score breakdown, signals and attribution), recorded in the event log of the fake's
   * organization and delivered, before this method returns, to each of that organization's
   * webhook endpoints that is {@code active} and subscribes to {@code session.result.persisted}.
   * Endpoints that are disabled or not subscribed get no delivery.
   *
   * <p>A receiver that fails (answers other than 2xx, cannot be reached, or takes more than 10
   * seconds) makes its delivery {@code failed}; {@link #retryFailedDeliveries()} tries again.
   *
   * @param sessionId one of {@link #sessionIds()}
   * @return the event as the event log lists it, with each delivery's outcome
   * @throws IllegalArgumentException if the fake holds no session with that id
   */
  public Event persistSessionResult(String sessionId) {
    if (sessionId == null) {
      throw new IllegalArgumentException("sessionId must not be null: pass one of sessionIds()");
    }
    return TripwireJson.fromTree(state.webhooks().persistSessionResult(sessionId), Event.class);
  }

  /**
   * Tries every failed delivery of the event log once more, now: the fake's stand-in for the
   * API's retry schedule, which the contract does not document. Each failed delivery with fewer
   * than {@link #MAX_DELIVERY_ATTEMPTS} attempts whose endpoint is still {@code active} is sent
   * again, signed with the endpoint's current secret, and records one more attempt and its new
   * outcome ({@code succeeded} or {@code failed}); one whose endpoint has been disabled since
   * becomes {@code skipped}. Deliveries that succeeded, were skipped, or have had every attempt
   * are left alone, so calling this until it returns an empty list always ends.
   *
   * @return the deliveries this call attempted or skipped, with their new outcome; empty when
   *     there was nothing to retry
   */
  public List<WebhookDelivery> retryFailedDeliveries() {
    List<WebhookDelivery> deliveries = new ArrayList<>();
    for (ObjectNode delivery : state.webhooks().retryFailed()) {
      deliveries.add(TripwireJson.fromTree(delivery, WebhookDelivery.class));
    }
    return List.copyOf(deliveries);
  }

  /**
   * Gate's part of the fake, for a fake started with {@link Builder#gate()}: what a person does at
   * a Gate session's consent URL and in the dashboard.
   *
   * @return the Gate controls
   * @throws IllegalStateException if the fake was started without Gate
   */
  public FakeGate gate() {
    if (gate == null) {
      throw new IllegalStateException(
          "This fake runs without Gate: start it with FakeTripwire.builder().gate().start()");
    }
    return gate;
  }

  /** Stops the server; the port is free when this returns. */
  @Override
  public void close() {
    server.close();
  }

  @Override
  public String toString() {
    return "FakeTripwire[" + baseUrl() + "]";
  }

  /** Configures a {@link FakeTripwire} before it starts. */
  public static final class Builder {
    private long seed = 20_260_324L;
    private int sessions = 60;
    private Clock clock = Clock.systemUTC();
    private boolean gate;

    private Builder() {}

    /**
     * Adds Gate to the fake: its registry (with the first-party {@code foil} service), the
     * organization's services, signup sessions with encrypted deliveries (Foil's HKDF info), login
     * sessions and agent tokens, and {@link FakeTripwire#gate()} to approve or deny sessions. For
     * services that still use Gate; it needs the {@code tripwire-gate} artifact on the test class
     * path.
     *
     * @return this builder
     * @throws IllegalStateException if {@code com.tripwirejs:tripwire-gate} is not on the class
     *     path
     */
    public Builder gate() {
      try {
        Class.forName("com.tripwirejs.gate.TripwireGate", false, FakeTripwire.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(
            "FakeTripwire.builder().gate() needs the tripwire-gate artifact (com.tripwirejs:tripwire-gate,"
                + " the version of tripwire-testing) on the test class path: add it as a test dependency",
            e);
      }
      this.gate = true;
      return this;
    }

    /**
     * Draws the ids and data from {@code seed}: two fakes with one seed hold the same data.
     *
     * @param seed any value
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Seeds {@code count} sessions (default 60), grouped into about a third as many visitors.
     *
     * @param count from 0 to 10,000
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is outside 0..10,000
     */
    public Builder sessions(int count) {
      if (count < 0 || count > 10_000) {
        throw new IllegalArgumentException(
            "sessions must be between 0 and 10000, was " + count + ": seed fewer sessions");
      }
      this.sessions = count;
      return this;
    }

    /**
     * The clock for timestamps, the rotation grace period and the expiry of Gate sessions, login
     * codes and agent tokens (default: the system clock, UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      if (clock == null) {
        throw new IllegalArgumentException("clock must not be null: pass Clock.systemUTC() for the default");
      }
      this.clock = clock;
      return this;
    }

    /**
     * Starts the fake on an ephemeral loopback port.
     *
     * @return the running fake; close it to stop it
     */
    public FakeTripwire start() {
      FakeState state = new FakeState(seed, sessions, clock);
      if (gate) {
        state.enableGate();
      }
      return new FakeTripwire(state);
    }
  }
}
