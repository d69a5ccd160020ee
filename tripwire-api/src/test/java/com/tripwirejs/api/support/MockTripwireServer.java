package com.tripwirejs.api.support;

import static org.mockserver.model.HttpRequest.request;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.HttpTransport;
import java.util.Arrays;
import java.util.List;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.HttpRequest;

/**
 * A MockServer on a loopback port standing in for the Foil API. Starting MockServer takes
 * seconds, so the test classes share one ({@link #shared()}) and each test starts with {@link
 * #reset()}; test classes run one after the other.
 */
public final class MockTripwireServer {

  /** The secret key of the clients {@link #client} builds. */
  public static final String SECRET_KEY = "sk_test_behaviour_0123456789";

  private static MockTripwireServer shared;

  private final ClientAndServer server = ClientAndServer.startClientAndServer(0);

  private MockTripwireServer() {}

  /** The server of this test run, started on first use and stopped when the JVM exits. */
  public static synchronized MockTripwireServer shared() {
    if (shared == null) {
      MockTripwireServer started = new MockTripwireServer();
      Runtime.getRuntime().addShutdownHook(new Thread(started.server::stop, "mock-tripwire-stop"));
      shared = started;
    }
    return shared;
  }

  /** The MockServer, to set expectations. */
  public ClientAndServer mock() {
    return server;
  }

  /** The base URL of the mock API. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** Forgets every expectation and recorded request. */
  public void reset() {
    server.reset();
  }

  /** Every request the server received since the last reset, in order. */
  public List<HttpRequest> received() {
    return Arrays.asList(server.retrieveRecordedRequests(request()));
  }

  /** How many requests with this method and path the server received since the last reset. */
  public int received(String method, String path) {
    return server.retrieveRecordedRequests(request().withMethod(method).withPath(path)).length;
  }

  /**
   * A client builder for the mock API on {@code transport}, with {@link #SECRET_KEY} and an empty
   * environment (so that the machine's secret key variables never matter).
   */
  public TripwireClient.Builder client(HttpTransport transport) {
    return TripwireClient.builder()
        .baseUrl(baseUrl())
        .secretKey(SECRET_KEY)
        .environment(name -> null)
        .transport(transport);
  }
}
