package com.tripwirejs.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.testing.internal.FakeServer;
import com.tripwirejs.testing.internal.FakeState;
import java.net.URI;
import java.time.Clock;
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
