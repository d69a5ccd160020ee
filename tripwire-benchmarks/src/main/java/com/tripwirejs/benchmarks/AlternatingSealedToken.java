package com.tripwirejs.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Sealed token verification in rounds that rotate through the cases in one JVM, so that each
 * ratio compares rounds taken milliseconds apart: on a shared machine whose speed drifts, a
 * steadier figure for the version 2 targets than {@link SealedTokenBenchmark}'s separate
 * benchmarks. The tokens and verifiers are {@link SealedTokenBenchmark}'s.
 *
 * <p>Each pass runs one round of every case (the order rotating from pass to pass), each round a
 * fixed number of verifications timed by the thread's CPU time (time the thread spends waiting for
 * a core on a busy machine does not count); after the warm-up passes it prints each case's median time per
 * verification and, for each target, the median, first and third quartile of the per-pass ratios:
 * version 2 with one recipient against version 1 (throughput), against its JCA floor (throughput),
 * and {@value SealedTokenBenchmark#MANY} recipients against one (time). The cases rotate through
 * eight verifiers and tokens, as in the JMH benchmark; two more verify eight tokens, all sealed for
 * one key, with one verifier (a server with one key), version 2 against version 1.
 */
public final class AlternatingSealedToken {

  private static final int WARM_UP_PASSES = 20;
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Keeps every result reachable, so that no verification can be optimised away. */
  private static volatile Object sink;

  private AlternatingSealedToken() {}

  /** One measured case. */
  private interface Case {
    Object run(int i) throws GeneralSecurityException, IOException;
  }

  /**
   * Runs the passes and prints the summary.
   *
   * @param args passes (80), verifications per round (500)
   * @throws GeneralSecurityException never, for these tokens
   * @throws IOException when the spec's vector cannot be read
   */
  public static void main(String[] args) throws GeneralSecurityException, IOException {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 80;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 500;
    if (passes <= WARM_UP_PASSES || perRound < 1) {
      throw new IllegalArgumentException(
          "Usage: AlternatingSealedToken [passes > " + WARM_UP_PASSES + "] [verifications per round >= 1]");
    }
    SealedTokenBenchmark.Tokens v1 = new SealedTokenBenchmark.Tokens();
    v1.setUp();
    SealedTokenBenchmark.V2Tokens v2 = new SealedTokenBenchmark.V2Tokens();
    v2.setUp();
    String[] names = {
      "v1 SDK", "v1 floor", "v2 one SDK", "v2 one floor", "v2 256 SDK", "v2 256 floor", "v1 SDK, 1 key", "v2 SDK, 1 key"
    };
    Case[] cases = {
      i -> v1.verifiers[i].verify(v1.tokens[i]),
      i -> v1.floor.open(v1.keys[i], v1.tokens[i]),
      i -> v2.verifiers[i].verify(v2.one[i]),
      i -> v2.floor.openV2(v2.recipients[i], v2.one[i]),
      i -> v2.verifiers[i].verify(v2.many[i]),
      i -> v2.floor.openV2(v2.recipients[i], v2.many[i]),
      i -> v1.verifiers[0].verify(v1.firstKeyTokens[i]),
      i -> v2.verifiers[0].verify(v2.firstKeyTokens[i]),
    };
    List<List<Double>> nanos = new ArrayList<>();
    for (int c = 0; c < cases.length; c++) {
      nanos.add(new ArrayList<>());
    }
    List<Double> v2OverV1 = new ArrayList<>();
    List<Double> v2OverFloor = new ArrayList<>();
    List<Double> manyOverOne = new ArrayList<>();
    List<Double> v1OverFloor = new ArrayList<>();
    List<Double> v2OverV1OneKey = new ArrayList<>();
    for (int pass = 0; pass < passes; pass++) {
      double[] perCall = new double[cases.length];
      for (int k = 0; k < cases.length; k++) {
        int c = (k + pass) % cases.length;
        long start = THREADS.getCurrentThreadCpuTime();
        for (int n = 0; n < perRound; n++) {
          sink = cases[c].run(n % 8);
        }
        perCall[c] = (double) (THREADS.getCurrentThreadCpuTime() - start) / perRound;
      }
      if (pass >= WARM_UP_PASSES) {
        for (int c = 0; c < cases.length; c++) {
          nanos.get(c).add(perCall[c]);
        }
        v1OverFloor.add(perCall[1] / perCall[0]);
        v2OverV1.add(perCall[0] / perCall[2]);
        v2OverFloor.add(perCall[3] / perCall[2]);
        manyOverOne.add(perCall[4] / perCall[2]);
        v2OverV1OneKey.add(perCall[6] / perCall[7]);
      }
    }
    System.out.printf(Locale.ROOT, "passes %d (after %d of warm-up), %d verifications per round%n", passes - WARM_UP_PASSES, WARM_UP_PASSES, perRound);
    for (int c = 0; c < cases.length; c++) {
      System.out.printf(Locale.ROOT, "%-14s median %8.2f us CPU per verification%n", names[c], median(nanos.get(c)) / 1000);
    }
    print("v1 SDK / v1 floor, throughput", v1OverFloor);
    print("v2 one / v1, throughput", v2OverV1);
    print("v2 one SDK / v2 one floor, throughput", v2OverFloor);
    print("v2 256 / v2 one, time", manyOverOne);
    print("one verifier: v2 / v1, throughput", v2OverV1OneKey);
  }

  private static void print(String label, List<Double> ratios) {
    Collections.sort(ratios);
    int n = ratios.size();
    System.out.printf(
        Locale.ROOT,
        "%-46s median %.2f (quartiles %.2f-%.2f, min %.2f, max %.2f)%n",
        label,
        ratios.get(n / 2),
        ratios.get(n / 4),
        ratios.get(3 * n / 4),
        ratios.get(0),
        ratios.get(n - 1));
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
