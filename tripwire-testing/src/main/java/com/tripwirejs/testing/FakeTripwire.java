package com.tripwirejs.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.testing.internal.FakeServer;
import com.tripwirejs.testing.internal.FakeState;
import java.net.URI;
import java.time.Clock;
import java.util.List;

/**
 * A fake Tripwire API for tests: real HTTP on a loopback port, in memory and stateful.
 *
 * <p>Point a client at {@link #baseUrl()} with {@link #secretKey()} and call it as the real API:
 * <ul>
 *   <li>sessions and visitor fingerprints, seeded with realistic detection data (people and bots,
 *       returning visitors), listed by cursor with the {@code verdict}, {@code search} and
 *       {@code sort} filters, and read by id;
 *   <li>organizations (create, read, update) starting with {@link #organizationId()};
 *   <li>API keys: create (the secret is revealed once), list, update, rotate (the old key keeps
 *       authenticating for a 24-hour grace period) and revoke; a secret key created here
 *       authenticates like the fake's own;
 *   <li>webhook endpoints (create, list, update, disable, rotate the signing secret) and
 *       {@code send test}, which signs a {@code webhook.test} event with the endpoint's secret and
 *       POSTs it to the endpoint's URL; the event log lists it with its delivery.
 * </ul>
 * The fake answers as the API does: a missing or unknown bearer token is a 401, an unknown id a
 * 404, a bad parameter or body a 422 with {@code details.fields}, each in the API's error envelope
 * with a request id. Gate operations are not served yet; they answer 404.
 *
 * <p>Start one per test class or per test; each holds its own state. In JUnit 5, {@code
 * @ExtendWith(FakeTripwireExtension.class)} does it for you. Thread-safe.
 */
public final class FakeTripwire implements AutoCloseable {
  private final FakeState state;
  private final FakeServer server;

  private FakeTripwire(FakeState state) {
    this.state = state;
    this.server = new FakeServer(state);
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

    private Builder() {}

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
     * The clock for timestamps and the rotation grace period (default: the system clock, UTC).
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
      return new FakeTripwire(new FakeState(seed, sessions, clock));
    }
  }
}
