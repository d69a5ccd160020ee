package com.tripwirejs.benchmarks;

import com.tripwirejs.benchmarks.RoundTripBenchmarks.ApacheSide;
import com.tripwirejs.benchmarks.RoundTripBenchmarks.JdkSide;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The four comparisons of {@link RoundTripBenchmarks} ({@code client.sessions().get(id)} against
 * the same HTTP library by hand with Jackson {@code readTree}, and against the same by hand with
 * databind into records ({@link SessionDetailRecords}), on Apache HttpClient 5 and on {@code
 * java.net.http}, from 1 and from 8 calling threads) measured in rounds that rotate through the
 * three sides in one JVM, so that each SDK figure is compared with baseline figures taken seconds
 * apart. On a machine whose speed
 * drifts within minutes, JMH forks run minutes apart give throughput ratios that move by up to a
 * factor of two between runs of unchanged code; the ratio of a pair does not see that drift.
 *
 * <p>Servers and clients are {@link ApacheSide} and {@link JdkSide}, set up as for JMH: a fixture
 * server per transport, the SDK client and the client by hand sharing it. A round runs a number of
 * calling threads for a fixed time and counts the calls they complete; each thread walks its own
 * {@link SessionIds} ring, and every call's session id is compared with the fixture's, so that no
 * call can be optimised away and a wrong answer ends the run. First a warm-up rotates through all
 * twelve combinations (transport, threads, SDK, raw or records) in rounds until its time is up, so
 * that the JIT has compiled every path; then, for each case, one set of three rounds unmeasured and
 * the measured sets (called pairs: each gives the pairs SDK / raw and SDK / records), the order of
 * the three sides rotating from one set to the next.
 *
 * <p>Writes one CSV line per measured round, {@code case,pair,side,threads,transport,calls,nanos}
 * ({@code side} is {@code sdk}, {@code raw} or {@code records}), and prints per case the median,
 * minimum and maximum of the pairs' throughput ratios SDK / raw and SDK / records, and each side's
 * median calls a second. Options, as {@code --name value} or as the system property
 * {@code tripwire.interleaved.name}: {@code warm-up} seconds (90), {@code pairs} per case (16),
 * {@code round} seconds (0.5) and {@code output}, the CSV file (required). The run is bounded: the
 * warm-up plus one round, then four cases of {@code 3 × (pairs + 1)} rounds; a call that has not
 * returned a minute after its round's end fails the run.
 */
public final class InterleavedRoundTrip {

  private static final String PROPERTY_PREFIX = "tripwire.interleaved.";
  private static final List<String> OPTIONS = List.of("warm-up", "pairs", "round", "output");
  private static final String USAGE =
      "Usage: InterleavedRoundTrip [--warm-up SECONDS] [--pairs N] [--round SECONDS] --output FILE";
  private static final int[] THREADS = {1, 8};
  private static final long CALL_LIMIT_NANOS = TimeUnit.MINUTES.toNanos(1);

  /** Each calling thread's own ring of ids, kept from round to round as JMH keeps its threads. */
  private static final ThreadLocal<SessionIds> RINGS = ThreadLocal.withInitial(SessionIds::new);

  private final ExecutorService callers;
  private final long roundNanos;

  private InterleavedRoundTrip(ExecutorService callers, long roundNanos) {
    this.callers = callers;
    this.roundNanos = roundNanos;
  }

  /** One call of one side: asks for a session and returns the id it read. */
  @FunctionalInterface
  private interface Call {
    String get(String id) throws Exception;
  }

  /** The sides of a comparison, in the order of {@link Case#call}. */
  private static final List<String> SIDES = List.of("sdk", "raw", "records");

  /**
   * One comparison: a transport and a number of calling threads, the SDK's call and the two
   * baselines'.
   */
  private record Case(
      String transport, int threads, Call sdk, Call raw, Call records, String expectedId) {
    String name() {
      return transport + "-" + threads;
    }

    Call call(int side) {
      return side == 0 ? sdk : side == 1 ? raw : records;
    }
  }

  /** The calls a round completed and the nanoseconds it took, until its last thread stopped. */
  private record Round(long calls, long nanos) {
    double opsPerSecond() {
      return calls * 1e9 / nanos;
    }
  }

  /**
   * Runs the warm-up and the pairs, writes the CSV and prints the summary.
   *
   * @param args the options, as {@code --name value} pairs
   * @throws IOException when a server cannot start, a setup call fails or the CSV cannot be written
   * @throws InterruptedException when interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    Map<String, String> options = options(args);
    if (!options.containsKey("output")) {
      throw new IllegalArgumentException(USAGE);
    }
    double warmUpSeconds = Double.parseDouble(options.getOrDefault("warm-up", "90"));
    int pairs = Integer.parseInt(options.getOrDefault("pairs", "16"));
    double roundSeconds = Double.parseDouble(options.getOrDefault("round", "0.5"));
    if (warmUpSeconds < 0 || pairs < 1 || roundSeconds <= 0) {
      throw new IllegalArgumentException("warm-up >= 0, pairs >= 1 and round > 0 are required");
    }
    ApacheSide apache = new ApacheSide();
    apache.setUp();
    try {
      JdkSide jdk = new JdkSide();
      jdk.setUp();
      try {
        ExecutorService callers =
            Executors.newFixedThreadPool(
                THREADS[THREADS.length - 1],
                task -> {
                  Thread thread = new Thread(task, "round-trip-caller");
                  thread.setDaemon(true);
                  return thread;
                });
        try {
          List<Case> cases = cases(apache, jdk);
          InterleavedRoundTrip run = new InterleavedRoundTrip(callers, nanos(roundSeconds));
          long warmUpStart = System.nanoTime();
          int warmUpRounds = run.warmUp(cases, nanos(warmUpSeconds));
          System.out.printf(
              Locale.ROOT,
              "warm-up: %d rounds in %.0f s%n",
              warmUpRounds,
              (System.nanoTime() - warmUpStart) / 1e9);
          run.measure(cases, pairs, Path.of(options.get("output")));
        } finally {
          callers.shutdownNow();
        }
      } finally {
        jdk.tearDown();
      }
    } finally {
      apache.tearDown();
    }
  }

  /** The four cases, 1 thread before 8, Apache before the JDK, on the clients of the two sides. */
  private static List<Case> cases(ApacheSide apache, JdkSide jdk) {
    List<Case> cases = new ArrayList<>();
    for (int threads : THREADS) {
      cases.add(
          new Case(
              "apache",
              threads,
              id -> apache.client.sessions().get(id).id(),
              id -> RoundTripBenchmarks.rawApache(apache, id).path("data").path("id").asText(),
              id -> RoundTripBenchmarks.recordsApache(apache, id).id(),
              apache.expectedId));
      cases.add(
          new Case(
              "jdk",
              threads,
              id -> jdk.client.sessions().get(id).id(),
              id -> RoundTripBenchmarks.rawJdk(jdk, id).path("data").path("id").asText(),
              id -> RoundTripBenchmarks.recordsJdk(jdk, id).id(),
              jdk.expectedId));
    }
    return cases;
  }

  /** Rotates through every case's rounds of each side until the time is up; returns the rounds run. */
  private int warmUp(List<Case> cases, long nanos) throws InterruptedException {
    long end = System.nanoTime() + nanos;
    int rounds = 0;
    while (System.nanoTime() - end < 0) {
      round(cases.get(rounds / SIDES.size() % cases.size()), rounds % SIDES.size());
      rounds++;
    }
    return rounds;
  }

  /** The pairs of every case, written to the CSV, then the summary printed. */
  private void measure(List<Case> cases, int pairs, Path output)
      throws IOException, InterruptedException {
    List<String> lines = new ArrayList<>(List.of("case,pair,side,threads,transport,calls,nanos"));
    List<String> summary = new ArrayList<>();
    summary.add(
        String.format(
            Locale.ROOT,
            "%-9s %5s %10s %10s %10s %7s %5s %5s %7s %5s %5s",
            "case",
            "pairs",
            "SDK ops/s",
            "raw ops/s",
            "rec ops/s",
            "/raw",
            "min",
            "max",
            "/rec",
            "min",
            "max"));
    for (Case c : cases) {
      // One set unmeasured: the first rounds after switching cases (threads, transport) ran
      // lowest in most cases.
      for (int side = 0; side < SIDES.size(); side++) {
        round(c, side);
      }
      List<List<Double>> rates = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
      List<Double> ratios = new ArrayList<>();
      List<Double> recordRatios = new ArrayList<>();
      for (int pair = 1; pair <= pairs; pair++) {
        double[] rate = new double[SIDES.size()];
        for (int k = 0; k < SIDES.size(); k++) {
          int side = (pair + k) % SIDES.size();
          Round r = round(c, side);
          lines.add(line(c, pair, side, r));
          rate[side] = r.opsPerSecond();
          rates.get(side).add(rate[side]);
        }
        ratios.add(rate[0] / rate[1]);
        recordRatios.add(rate[0] / rate[2]);
      }
      summary.add(
          String.format(
              Locale.ROOT,
              "%-9s %5d %,10.0f %,10.0f %,10.0f %7.2f %5.2f %5.2f %7.2f %5.2f %5.2f",
              c.name(),
              pairs,
              median(rates.get(0)),
              median(rates.get(1)),
              median(rates.get(2)),
              median(ratios),
              Collections.min(ratios),
              Collections.max(ratios),
              median(recordRatios),
              Collections.min(recordRatios),
              Collections.max(recordRatios)));
    }
    Files.write(output, lines);
    System.out.println(
        "median of the pairs' ratios SDK / raw and SDK / records, with their min and max:");
    summary.forEach(System.out::println);
  }

  /**
   * One round of one side of a case: its threads call until the round's time is up, each checking
   * every id it reads.
   */
  private Round round(Case c, int side) throws InterruptedException {
    Call call = c.call(side);
    long start = System.nanoTime();
    long deadline = start + roundNanos;
    Callable<Long> caller =
        () -> {
          SessionIds ids = RINGS.get();
          long calls = 0;
          do {
            String id = call.get(ids.next());
            if (!c.expectedId().equals(id)) {
              throw new IllegalStateException(
                  "read session id " + id + ", not the fixture's " + c.expectedId());
            }
            calls++;
          } while (System.nanoTime() - deadline < 0);
          return calls;
        };
    List<Future<Long>> results =
        callers.invokeAll(
            Collections.nCopies(c.threads(), caller),
            roundNanos + CALL_LIMIT_NANOS,
            TimeUnit.NANOSECONDS);
    long nanos = System.nanoTime() - start;
    String round = c.name() + " " + SIDES.get(side) + " round";
    long calls = 0;
    for (Future<Long> result : results) {
      try {
        calls += result.get();
      } catch (ExecutionException e) {
        throw new IllegalStateException(round + " failed: " + e.getCause(), e.getCause());
      } catch (CancellationException e) {
        throw new IllegalStateException(round + ": a call did not return within a minute", e);
      }
    }
    return new Round(calls, nanos);
  }

  /** A round's CSV line. */
  private static String line(Case c, int pair, int side, Round round) {
    return String.join(
        ",",
        c.name(),
        String.valueOf(pair),
        SIDES.get(side),
        String.valueOf(c.threads()),
        c.transport(),
        String.valueOf(round.calls()),
        String.valueOf(round.nanos()));
  }

  /** The options from the system properties, then from the arguments, which win. */
  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String name : OPTIONS) {
      String value = System.getProperty(PROPERTY_PREFIX + name);
      if (value != null) {
        options.put(name, value);
      }
    }
    for (int i = 0; i < args.length; i += 2) {
      String name = args[i].startsWith("--") ? args[i].substring(2) : "";
      if (!OPTIONS.contains(name) || i + 1 == args.length) {
        throw new IllegalArgumentException(USAGE);
      }
      options.put(name, args[i + 1]);
    }
    return options;
  }

  private static long nanos(double seconds) {
    return (long) (seconds * 1e9);
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1
        ? sorted.get(middle)
        : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }
}
