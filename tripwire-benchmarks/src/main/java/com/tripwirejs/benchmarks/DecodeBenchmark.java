package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Decoding alone, no I/O: the spec's session detail and session list fixtures, from the same bytes,
 * into the SDK's typed envelopes with {@link TripwireJson} (what the client does with a response
 * body), against Jackson baselines: {@code readTree} on a plain {@code ObjectMapper} (a {@code
 * JsonNode} tree, the raw round trip's decode), {@code readValue(bytes, Map.class)}, and, for the
 * detail, databind into plain Java records that mirror it ({@link SessionDetailRecords}, what a
 * team writes without an SDK).
 *
 * <p>The typed decode does more than either baseline, by design: it binds every property, checks
 * JSON types and required properties, parses timestamps and keeps unknown properties. This measures
 * what that costs.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class DecodeBenchmark {

  private final ObjectMapper plain = new ObjectMapper();
  private byte[] detail;
  private byte[] list;

  /** Reads the fixtures and checks that every decoder accepts them. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    SpecFixtures spec = SpecFixtures.load();
    detail = spec.sessionDetail();
    list = spec.sessionList();
    String id = TripwireJson.readEnvelope(detail, SessionDetail.class).data().id();
    if (!id.equals(plain.readTree(detail).path("data").path("id").asText())
        || !id.equals(SessionDetailRecords.read(detail).data().id())
        || TripwireJson.readListEnvelope(list, SessionSummary.class).data().isEmpty()) {
      throw new IllegalStateException("The fixtures do not decode as expected");
    }
  }

  /**
   * The SDK: the session detail response into {@code Envelope<SessionDetail>}.
   *
   * @param blackhole consumes the session
   */
  @Benchmark
  public void typedDetail(Blackhole blackhole) {
    blackhole.consume(TripwireJson.readEnvelope(detail, SessionDetail.class).data());
  }

  /**
   * Baseline: the session detail response into a {@code JsonNode} tree.
   *
   * @param blackhole consumes the tree
   * @throws IOException never, for the fixture
   */
  @Benchmark
  public void treeDetail(Blackhole blackhole) throws IOException {
    blackhole.consume(plain.readTree(detail));
  }

  /**
   * Baseline: the session detail response into nested {@code Map}s and {@code List}s.
   *
   * @param blackhole consumes the map
   * @throws IOException never, for the fixture
   */
  @Benchmark
  public void mapDetail(Blackhole blackhole) throws IOException {
    blackhole.consume(plain.readValue(detail, Map.class));
  }

  /**
   * Baseline: the session detail response bound by Jackson databind into records that mirror it.
   *
   * @param blackhole consumes the session
   * @throws IOException never, for the fixture
   */
  @Benchmark
  public void recordsDetail(Blackhole blackhole) throws IOException {
    blackhole.consume(SessionDetailRecords.read(detail).data());
  }

  /**
   * The SDK: the session list page into {@code ListEnvelope<SessionSummary>}.
   *
   * @param blackhole consumes the page
   */
  @Benchmark
  public void typedList(Blackhole blackhole) {
    blackhole.consume(TripwireJson.readListEnvelope(list, SessionSummary.class));
  }

  /**
   * Baseline: the session list page into a {@code JsonNode} tree.
   *
   * @param blackhole consumes the tree
   * @throws IOException never, for the fixture
   */
  @Benchmark
  public void treeList(Blackhole blackhole) throws IOException {
    blackhole.consume(plain.readTree(list));
  }

  /**
   * Baseline: the session list page into nested {@code Map}s and {@code List}s.
   *
   * @param blackhole consumes the map
   * @throws IOException never, for the fixture
   */
  @Benchmark
  public void mapList(Blackhole blackhole) throws IOException {
    blackhole.consume(plain.readValue(list, Map.class));
  }
}
