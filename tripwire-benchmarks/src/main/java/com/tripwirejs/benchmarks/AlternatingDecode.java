package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.session.SessionDetail;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The typed decode of the session detail against Jackson {@code readTree} of the same bytes, in
 * alternating rounds in one JVM, so that each ratio compares rounds taken milliseconds apart: on a
 * machine whose speed drifts, a steadier figure for comparing two builds of the model than {@link
 * DecodeBenchmark}'s separate benchmarks. Swap the model jar on the class path to compare builds.
 *
 * <p>Runs 80 pairs of rounds of 2,000 decodes each way, drops the first 30 as warm-up, and prints
 * each side's mean time per decode and the median, first and third quartile of the pairs'
 * throughput ratios, typed / {@code readTree}. Arguments, all optional: pairs, decodes per round,
 * and KiB of memory to write through before each decode, untimed. A decode in a round trip
 * follows an HTTP exchange that has pushed much of the decode's code and data out of the CPU's
 * caches; writing through more memory than the L2 cache holds before each decode brings a loop of
 * decodes closer to that.
 */
public final class AlternatingDecode {

  private static final int WARM_UP_PAIRS = 30;

  /** Keeps every result reachable, so that no decode can be optimised away. */
  private static volatile Object sink;

  private AlternatingDecode() {}

  /**
   * Runs the rounds and prints the summary.
   *
   * @param args pairs (80), decodes per round (2,000), KiB written through before each decode (0)
   * @throws IOException when {@code readTree} fails, which the fixture does not make it do
   */
  public static void main(String[] args) throws IOException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 80;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
    int evictKib = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    if (pairs <= WARM_UP_PAIRS || perRound < 1 || evictKib < 0) {
      throw new IllegalArgumentException(
          "Usage: AlternatingDecode [pairs > " + WARM_UP_PAIRS + "] [decodes per round >= 1]"
              + " [KiB to write through before each decode >= 0]");
    }
    long[] evict = new long[evictKib * 1024 / Long.BYTES];
    byte[] detail = SpecFixtures.load().sessionDetail();
    ObjectMapper plain = new ObjectMapper();
    List<Double> ratios = new ArrayList<>();
    long typedNanos = 0;
    long treeNanos = 0;
    for (int pair = 0; pair < pairs; pair++) {
      long typed = 0;
      for (int i = 0; i < perRound; i++) {
        writeThrough(evict);
        long start = System.nanoTime();
        sink = TripwireJson.readEnvelope(detail, SessionDetail.class).data();
        typed += System.nanoTime() - start;
      }
      long tree = 0;
      for (int i = 0; i < perRound; i++) {
        writeThrough(evict);
        long start = System.nanoTime();
        sink = plain.readTree(detail);
        tree += System.nanoTime() - start;
      }
      if (pair >= WARM_UP_PAIRS) {
        ratios.add((double) tree / typed);
        typedNanos += typed;
        treeNanos += tree;
      }
    }
    Collections.sort(ratios);
    double decodes = (double) ratios.size() * perRound;
    System.out.printf(
        Locale.ROOT,
        "typed %.1f us, readTree %.1f us a decode; typed / readTree throughput: median %.2f"
            + " (quartiles %.2f, %.2f) of %d pairs%n",
        typedNanos / decodes / 1000,
        treeNanos / decodes / 1000,
        ratios.get(ratios.size() / 2),
        ratios.get(ratios.size() / 4),
        ratios.get(ratios.size() * 3 / 4),
        ratios.size());
  }

  /** Writes one word of every 64-byte line of {@code memory}. */
  private static void writeThrough(long[] memory) {
    for (int i = 0; i < memory.length; i += 8) {
      memory[i]++;
    }
  }
}
