package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.session.SessionDetail;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The typed decode of the session detail against two baselines of the same bytes, Jackson {@code
 * readTree} and databind into records that mirror the detail ({@link SessionDetailRecords}), in
 * rotating rounds in one JVM, so that each ratio compares rounds taken milliseconds apart: on a
 * machine whose speed drifts, a steadier figure for comparing two builds of the model than {@link
 * DecodeBenchmark}'s separate benchmarks. Swap the model jar on the class path to compare builds.
 *
 * <p>Each pass runs one round of each decoder, the order rotating from pass to pass; a round
 * times each decode by the calling thread's CPU time (less the cost of reading that clock, measured
 * at start), which time spent waiting for a core on a loaded machine does not reach, and by wall
 * time. Before the passes, the three decoders run in turn for a warm-up time (20 s by default), so
 * that the JIT has compiled each of them: the typed decode runs one generated read loop per model
 * class, each compiled on its own once it is hot, which a loaded machine's compiler threads reach
 * later than one shared loop. The first 30 passes are warm-up as well. Prints each decoder's mean
 * CPU time per decode and, for
 * typed / {@code readTree} and typed / records, the median, first and third quartile of the
 * passes' throughput ratios, by CPU time and by wall time. Arguments, all optional: passes (80),
 * decodes per round (2,000), KiB of memory to write through before each decode, untimed (0), and
 * seconds of warm-up before the passes (20). A
 * decode in a round trip follows an HTTP exchange that has pushed much of the decode's code and
 * data out of the CPU's caches; writing through more memory than the L2 cache holds before each
 * decode brings a loop of decodes closer to that.
 */
public final class AlternatingDecode {

  private static final int WARM_UP_PAIRS = 30;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final String[] NAMES = {"typed", "readTree", "records"};

  /** Keeps every result reachable, so that no decode can be optimised away. */
  private static volatile Object sink;

  private AlternatingDecode() {}

  /** One decoder. */
  @FunctionalInterface
  private interface Decoder {
    Object decode(byte[] json) throws IOException;
  }

  /**
   * Runs the rounds and prints the summary.
   *
   * @param args passes (80), decodes per round (2,000), KiB written through before each decode (0),
   *     seconds of warm-up (20)
   * @throws IOException when a baseline fails, which the fixture does not make it do
   */
  public static void main(String[] args) throws IOException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 80;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int evictKib = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    double warmUpSeconds = args.length > 3 ? Double.parseDouble(args[3]) : 20;
    if (pairs <= WARM_UP_PAIRS || perRound < 1 || evictKib < 0 || warmUpSeconds < 0) {
      throw new IllegalArgumentException(
          "Usage: AlternatingDecode [passes > " + WARM_UP_PAIRS + "] [decodes per round >= 1]"
              + " [KiB to write through before each decode >= 0] [seconds of warm-up >= 0]");
    }
    long[] evict = new long[evictKib * 1024 / Long.BYTES];
    byte[] detail = SpecFixtures.load().sessionDetail();
    ObjectMapper plain = new ObjectMapper();
    Decoder[] decoders = {
      json -> TripwireJson.readEnvelope(json, SessionDetail.class).data(),
      plain::readTree,
      json -> SessionDetailRecords.read(json).data()
    };
    long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
    for (int d = 0; System.nanoTime() - warmUpEnd < 0; d = (d + 1) % decoders.length) {
      for (int i = 0; i < 100; i++) {
        sink = decoders[d].decode(detail);
      }
    }
    long clock = clockCost();
    List<List<Double>> cpuRatios = List.of(new ArrayList<>(), new ArrayList<>());
    List<List<Double>> wallRatios = List.of(new ArrayList<>(), new ArrayList<>());
    long[] cpuTotal = new long[decoders.length];
    for (int pass = 0; pass < pairs; pass++) {
      long[] cpu = new long[decoders.length];
      long[] wall = new long[decoders.length];
      for (int k = 0; k < decoders.length; k++) {
        int d = (pass + k) % decoders.length;
        for (int i = 0; i < perRound; i++) {
          writeThrough(evict);
          long wallStart = System.nanoTime();
          long cpuStart = THREADS.getCurrentThreadCpuTime();
          sink = decoders[d].decode(detail);
          cpu[d] += THREADS.getCurrentThreadCpuTime() - cpuStart - clock;
          wall[d] += System.nanoTime() - wallStart;
        }
      }
      if (pass >= WARM_UP_PAIRS) {
        for (int b = 1; b < decoders.length; b++) {
          cpuRatios.get(b - 1).add((double) cpu[b] / cpu[0]);
          wallRatios.get(b - 1).add((double) wall[b] / wall[0]);
        }
        for (int d = 0; d < decoders.length; d++) {
          cpuTotal[d] += cpu[d];
        }
      }
    }
    double decodes = (double) (pairs - WARM_UP_PAIRS) * perRound;
    System.out.printf(
        Locale.ROOT,
        "CPU per decode: typed %.1f us, readTree %.1f us, records %.1f us (clock read %.2f us,"
            + " subtracted); %d passes after %d of warm-up and %.0f s, %d decodes a round, %d KiB"
            + " written through%n",
        cpuTotal[0] / decodes / 1000,
        cpuTotal[1] / decodes / 1000,
        cpuTotal[2] / decodes / 1000,
        clock / 1000.0,
        pairs - WARM_UP_PAIRS,
        WARM_UP_PAIRS,
        warmUpSeconds,
        perRound,
        evictKib);
    for (int b = 1; b < decoders.length; b++) {
      System.out.printf(
          Locale.ROOT,
          "typed / %s throughput: CPU time median %s, wall time median %s%n",
          NAMES[b],
          summary(cpuRatios.get(b - 1)),
          summary(wallRatios.get(b - 1)));
    }
  }

  /** Median and quartiles. */
  private static String summary(List<Double> ratios) {
    List<Double> sorted = new ArrayList<>(ratios);
    Collections.sort(sorted);
    return String.format(
        Locale.ROOT,
        "%.2f (quartiles %.2f, %.2f)",
        sorted.get(sorted.size() / 2),
        sorted.get(sorted.size() / 4),
        sorted.get(sorted.size() * 3 / 4));
  }

  /** The median cost of reading the thread's CPU clock twice in a row, in nanoseconds. */
  private static long clockCost() {
    long[] samples = new long[2_001];
    for (int i = 0; i < samples.length; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      samples[i] = THREADS.getCurrentThreadCpuTime() - start;
    }
    Arrays.sort(samples);
    return samples[samples.length / 2];
  }

  /** Writes one word of every 64-byte line of {@code memory}. */
  private static void writeThrough(long[] memory) {
    for (int i = 0; i < memory.length; i += 8) {
      memory[i]++;
    }
  }
}
