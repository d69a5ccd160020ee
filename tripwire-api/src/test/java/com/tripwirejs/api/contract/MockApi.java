package com.tripwirejs.api.contract;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.MockTripwireServer;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import java.util.function.Supplier;
import org.mockserver.integration.ClientAndServer;

/** The MockServer of the test run (shared: starting one takes seconds), and the transports the contract suite runs on. */
final class MockApi implements AutoCloseable {

  /** The transports every contract case runs on. */
  enum Transport {
    APACHE(ApacheHttpTransport::create),
    JDK(JdkHttpTransport::create);

    private final Supplier<HttpTransport> factory;

    Transport(Supplier<HttpTransport> factory) {
      this.factory = factory;
    }

    HttpTransport create() {
      return factory.get();
    }
  }

  final ClientAndServer server;

  MockApi() {
    server = MockTripwireServer.shared().mock();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getPort();
  }

  /** A client of the mock API on a transport, with the contract's secret key. */
  TripwireClient client(HttpTransport transport) {
    return TripwireClient.builder()
        .baseUrl(baseUrl())
        .secretKey(ContractOperations.SECRET_KEY)
        .transport(transport)
        .build();
  }

  /** Forgets the suite's expectations; the shared server itself stops when the JVM exits. */
  @Override
  public void close() {
    server.reset();
  }
}
