package com.tripwirejs.benchmarks;

import com.tripwirejs.gate.delivery.GateApprovedWebhook;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;

/**
 * {@link WebhookBenchmark}'s verify + typed parse against its floor, in alternating rounds in one
 * JVM, each round timed by the calling thread's CPU time, which time spent waiting for a core on a
 * loaded machine does not reach: the SDK's {@code GateApprovedWebhook.verify(verifier, body,
 * headers)} of the spec's signed {@code gate.session.approved} delivery against the HMAC floor and
 * Jackson {@code readTree}, over the benchmark's eight re-signed variants.
 *
 * <p>Warms both up for a warm-up time, then runs pairs of rounds, the order flipping every pair,
 * and prints each side's mean CPU time per delivery and the median and quartiles of the pairs'
 * throughput ratios, SDK / floor. Arguments, all optional: pairs (60), deliveries a round (20,000),
 * seconds of warm-up (20).
 */
public final class AlternatingWebhook {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  /** Keeps every result reachable, so that no call can be optimised away. */
  private static volatile Object sink;

  private AlternatingWebhook() {}

  /**
   * Runs the rounds and prints the summary.
   *
   * @param args pairs (60), deliveries a round (20,000), seconds of warm-up (20)
   * @throws IOException when the vector cannot be read
   * @throws GeneralSecurityException when HmacSHA256 is missing
   */
  public static void main(String[] args) throws IOException, GeneralSecurityException {
    int pairs = args.length > 0 ? Integer.parseInt(args[0]) : 60;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    double warmUpSeconds = args.length > 2 ? Double.parseDouble(args[2]) : 20;
    if (pairs < 1 || perRound < 1 || warmUpSeconds < 0) {
      throw new IllegalArgumentException(
          "Usage: AlternatingWebhook [pairs >= 1] [deliveries a round >= 1] [seconds of warm-up]");
    }
    WebhookBenchmark.Deliveries deliveries = new WebhookBenchmark.Deliveries();
    deliveries.setUp();
    Mac mac = WebhookBenchmark.newMac(deliveries.secret);
    long warmUpEnd = System.nanoTime() + (long) (warmUpSeconds * 1e9);
    for (int k = 0; System.nanoTime() - warmUpEnd < 0; k++) {
      round(k % 2 == 0, deliveries, mac, 1_000);
    }
    List<Double> ratios = new ArrayList<>();
    long sdkNanos = 0;
    long floorNanos = 0;
    for (int pair = 0; pair < pairs; pair++) {
      boolean sdkFirst = pair % 2 == 0;
      long first = round(sdkFirst, deliveries, mac, perRound);
      long second = round(!sdkFirst, deliveries, mac, perRound);
      long sdk = sdkFirst ? first : second;
      long floor = sdkFirst ? second : first;
      ratios.add((double) floor / sdk);
      sdkNanos += sdk;
      floorNanos += floor;
    }
    Collections.sort(ratios);
    double calls = (double) pairs * perRound;
    System.out.printf(
        Locale.ROOT,
        "CPU per delivery: SDK verify + typed parse %.2f us, floor + readTree %.2f us; %d pairs"
            + " after %.0f s of warm-up, %d deliveries a round%n",
        sdkNanos / calls / 1000,
        floorNanos / calls / 1000,
        pairs,
        warmUpSeconds,
        perRound);
    System.out.printf(
        Locale.ROOT,
        "SDK / floor + readTree throughput: CPU time median %.2f (quartiles %.2f, %.2f)%n",
        ratios.get(ratios.size() / 2),
        ratios.get(ratios.size() / 4),
        ratios.get(ratios.size() * 3 / 4));
  }

  /** One round of one side; returns its CPU time in nanoseconds. */
  private static long round(
      boolean sdk, WebhookBenchmark.Deliveries deliveries, Mac mac, int calls) throws IOException {
    long start = THREADS.getCurrentThreadCpuTime();
    for (int c = 0; c < calls; c++) {
      int i = c % deliveries.bodies.length;
      if (sdk) {
        sink = GateApprovedWebhook.verify(deliveries.verifier, deliveries.bodies[i], deliveries.headers[i]);
      } else {
        if (!WebhookBenchmark.floorVerify(
            mac, deliveries.bodies[i], deliveries.timestamps[i], deliveries.signatures[i])) {
          throw new IllegalStateException("The floor rejected a variant");
        }
        sink = deliveries.mapper.readTree(deliveries.bodies[i]);
      }
    }
    return THREADS.getCurrentThreadCpuTime() - start;
  }
}
