package com.tripwirejs.benchmarks;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.model.session.SessionDetail;

/**
 * Cold start with the SDK: a fresh JVM that builds a {@code TripwireClient} (default transport,
 * Apache HttpClient 5) and completes its first typed call, {@code sessions().get(id)}, against the
 * {@link ColdStartServer} at the URL given as the only argument, then exits. The run script times
 * the whole process, JVM start-up included, against {@link ColdStartRaw}, the same first call made
 * by hand.
 */
public final class ColdStartSdk {

  private ColdStartSdk() {}

  /**
   * Makes the call and prints the session's id.
   *
   * @param args the server's base URL
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      throw new IllegalArgumentException("Usage: ColdStartSdk <base URL>");
    }
    try (TripwireClient client =
        TripwireClient.builder().secretKey("sk_test_benchmark_cold_start").baseUrl(args[0]).build()) {
      SessionDetail session = client.sessions().get("sid_0123456789abcdefghjkmnpqrs");
      System.out.println(session.id());
    }
  }
}
