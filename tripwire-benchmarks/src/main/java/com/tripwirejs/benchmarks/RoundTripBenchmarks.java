package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.model.session.SessionDetail;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.io.CloseMode;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The round trip of {@code client.sessions().get(id)}: the request built, sent over a loopback
 * socket to a {@link FixtureHttpServer} serving the spec's session detail fixture, the response
 * read and decoded into a typed {@link SessionDetail}.
 *
 * <p>Baseline: the same HTTP client library used by hand, pooled the same way, sending the same GET
 * with an {@code Authorization} header, checking the status and reading the body with Jackson
 * {@code readTree}. {@link #sdkApache} (the SDK's default transport, Apache HttpClient 5) is
 * measured against {@link #rawApache}, {@link #sdkJdk} (the {@code java.net.http} transport)
 * against {@link #rawJdk}. Second baseline, what a team writes without an SDK: the same calls by
 * hand with the body bound by Jackson databind into records that mirror the session detail
 * ({@link SessionDetailRecords}), {@link #recordsApache} and {@link #recordsJdk}. Run with {@code -prof gc} to compare allocation per call as well; the
 * server allocates next to nothing, so the figure is the client's.
 *
 * <p>The subclasses fix the number of calling threads. The server and clients are shared by those
 * threads, as an application shares one client; each thread walks its own ring of session ids.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public abstract class RoundTripBenchmarks {

  private static final String SECRET_KEY = "sk_test_benchmark_round_trip";
  private static final String SESSIONS = "/v1/sessions/";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A fixture server of its own, and what both sides of a comparison share. */
  abstract static class Side {
    FixtureHttpServer server;
    TripwireClient client;
    String base;
    String expectedId;

    void startServer() throws IOException {
      byte[] fixture = SpecFixtures.load().sessionDetail();
      server = FixtureHttpServer.start(SESSIONS, fixture);
      base = server.baseUrl();
      expectedId = MAPPER.readTree(fixture).path("data").path("id").asText();
    }

    TripwireClient.Builder clientBuilder() {
      return TripwireClient.builder().secretKey(SECRET_KEY).baseUrl(base);
    }

    /** One call each way must bring the fixture back over the socket before measuring. */
    void check(String sdkId, JsonNode raw, SessionDetailRecords.SessionDetail records) {
      String rawId = raw.path("data").path("id").asText();
      if (!expectedId.equals(sdkId)
          || !expectedId.equals(rawId)
          || !expectedId.equals(records.id())
          || server.served() != 3) {
        throw new IllegalStateException(
            "The fixture did not come back: sdk " + sdkId + ", raw " + rawId + ", records "
                + records.id() + ", served " + server.served());
      }
    }
  }

  /** Apache HttpClient 5: the SDK client on its default transport, and a pooled client by hand. */
  @State(Scope.Benchmark)
  public static class ApacheSide extends Side {
    CloseableHttpClient raw;

    /**
     * Starts the server and builds both clients.
     *
     * @throws IOException when the server cannot start or a check call fails
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException {
      startServer();
      client = clientBuilder().build();
      raw =
          HttpClients.custom()
              .setConnectionManager(
                  PoolingHttpClientConnectionManagerBuilder.create()
                      .setMaxConnTotal(50)
                      .setMaxConnPerRoute(50)
                      .build())
              .disableAutomaticRetries()
              .disableRedirectHandling()
              .disableCookieManagement()
              .build();
      SessionIds ids = new SessionIds();
      check(
          client.sessions().get(ids.next()).id(),
          rawApache(this, ids.next()),
          recordsApache(this, ids.next()));
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
      client.close();
      raw.close(CloseMode.GRACEFUL);
      server.close();
    }
  }

  /** {@code java.net.http}: the SDK client on the JDK transport, and an HTTP/1.1 client by hand. */
  @State(Scope.Benchmark)
  public static class JdkSide extends Side {
    JdkHttpTransport transport;
    HttpClient raw;

    /**
     * Starts the server and builds both clients.
     *
     * @throws IOException when the server cannot start or a check call fails
     * @throws InterruptedException when interrupted during a check call
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, InterruptedException {
      startServer();
      transport = JdkHttpTransport.create();
      client = clientBuilder().transport(transport).build();
      raw =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .followRedirects(HttpClient.Redirect.NEVER)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      SessionIds ids = new SessionIds();
      check(
          client.sessions().get(ids.next()).id(),
          rawJdk(this, ids.next()),
          recordsJdk(this, ids.next()));
    }

    /** Closes the clients and the server. */
    @TearDown(Level.Trial)
    public void tearDown() {
      client.close();
      transport.close();
      server.close();
    }
  }

  /** Each thread's own ring of ids. */
  @State(Scope.Thread)
  public static class Ids {
    final SessionIds ring = new SessionIds();
  }

  /**
   * The SDK on its default transport (Apache HttpClient 5): {@code client.sessions().get(id)}.
   *
   * @param side the shared server and clients
   * @param ids this thread's ids
   * @param blackhole consumes the typed session
   */
  @Benchmark
  public void sdkApache(ApacheSide side, Ids ids, Blackhole blackhole) {
    blackhole.consume(side.client.sessions().get(ids.ring.next()));
  }

  /**
   * Baseline of {@link #sdkApache}: Apache HttpClient 5 by hand, then {@code readTree} of the body
   * stream.
   *
   * @param side the shared server and clients
   * @param ids this thread's ids
   * @param blackhole consumes the JSON tree
   * @throws IOException when the call fails
   */
  @Benchmark
  public void rawApache(ApacheSide side, Ids ids, Blackhole blackhole) throws IOException {
    blackhole.consume(rawApache(side, ids.ring.next()));
  }

  /**
   * The SDK on the JDK transport: {@code client.sessions().get(id)}.
   *
   * @param side the shared server and clients
   * @param ids this thread's ids
   * @param blackhole consumes the typed session
   */
  @Benchmark
  public void sdkJdk(JdkSide side, Ids ids, Blackhole blackhole) {
    blackhole.consume(side.client.sessions().get(ids.ring.next()));
  }

  /**
   * Baseline of {@link #sdkJdk}: {@code java.net.http.HttpClient} by hand, then {@code readTree}
   * of the body bytes.
   *
   * @param side the shared server and clients
   * @param ids this thread's ids
   * @param blackhole consumes the JSON tree
   * @throws IOException when the call fails
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public void rawJdk(JdkSide side, Ids ids, Blackhole blackhole)
      throws IOException, InterruptedException {
    blackhole.consume(rawJdk(side, ids.ring.next()));
  }

  /**
   * Second baseline of {@link #sdkApache}: Apache HttpClient 5 by hand, then databind of the body
   * stream into records.
   *
   * @param side the shared server and clients
   * @param ids this thread's ids
   * @param blackhole consumes the session record
   * @throws IOException when the call fails
   */
  @Benchmark
  public void recordsApache(ApacheSide side, Ids ids, Blackhole blackhole) throws IOException {
    blackhole.consume(recordsApache(side, ids.ring.next()));
  }

  /**
   * Second baseline of {@link #sdkJdk}: {@code java.net.http.HttpClient} by hand, then databind of
   * the body bytes into records.
   *
   * @param side the shared server and clients
   * @param ids this thread's ids
   * @param blackhole consumes the session record
   * @throws IOException when the call fails
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public void recordsJdk(JdkSide side, Ids ids, Blackhole blackhole)
      throws IOException, InterruptedException {
    blackhole.consume(recordsJdk(side, ids.ring.next()));
  }

  /** Reads a response body. */
  @FunctionalInterface
  interface BodyReader<T> {
    T read(InputStream body) throws IOException;
  }

  static JsonNode rawApache(ApacheSide side, String id) throws IOException {
    return apache(side, id, MAPPER::readTree);
  }

  static SessionDetailRecords.SessionDetail recordsApache(ApacheSide side, String id)
      throws IOException {
    return apache(side, id, SessionDetailRecords::read).data();
  }

  private static <T> T apache(ApacheSide side, String id, BodyReader<T> reader) throws IOException {
    HttpGet get = new HttpGet(side.base + SESSIONS + id);
    get.addHeader("Authorization", "Bearer " + SECRET_KEY);
    get.addHeader("Accept", "application/json");
    return side.raw.execute(
        get,
        response -> {
          HttpEntity entity = response.getEntity();
          if (response.getCode() != 200 || entity == null) {
            throw new IOException("Unexpected status " + response.getCode());
          }
          try (InputStream body = entity.getContent()) {
            return reader.read(body);
          }
        });
  }

  static JsonNode rawJdk(JdkSide side, String id) throws IOException, InterruptedException {
    return MAPPER.readTree(jdkBody(side, id));
  }

  static SessionDetailRecords.SessionDetail recordsJdk(JdkSide side, String id)
      throws IOException, InterruptedException {
    return SessionDetailRecords.read(jdkBody(side, id)).data();
  }

  private static byte[] jdkBody(JdkSide side, String id) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(side.base + SESSIONS + id))
            .header("Authorization", "Bearer " + SECRET_KEY)
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30))
            .GET()
            .build();
    HttpResponse<byte[]> response = side.raw.send(request, HttpResponse.BodyHandlers.ofByteArray());
    if (response.statusCode() != 200) {
      throw new IOException("Unexpected status " + response.statusCode());
    }
    return response.body();
  }
}
