package com.tripwirejs.benchmarks;

import java.io.IOException;

/**
 * The server the cold-start runs call: a {@link FixtureHttpServer} serving the spec's session
 * detail fixture, in a JVM of its own so that neither measured JVM pays for it. Prints its base
 * URL on the first line of standard output, then serves until it is stopped or its time limit
 * (the only argument, in seconds, 600 by default) passes.
 */
public final class ColdStartServer {

  private ColdStartServer() {}

  /**
   * Serves until stopped or out of time.
   *
   * @param args optionally the time limit in seconds
   * @throws IOException when the server cannot start
   * @throws InterruptedException when interrupted
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    long limitSeconds = args.length > 0 ? Long.parseLong(args[0]) : 600;
    try (FixtureHttpServer server =
        FixtureHttpServer.start("/v1/sessions/", SpecFixtures.load().sessionDetail())) {
      System.out.println(server.baseUrl());
      System.out.flush();
      Thread.sleep(limitSeconds * 1000);
    }
  }
}
