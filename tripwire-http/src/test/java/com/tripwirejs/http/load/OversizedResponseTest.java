package com.tripwirejs.http.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireResponseTooLargeException;
import com.tripwirejs.http.internal.RequestPipeline;
import com.tripwirejs.http.testkit.ConnectionRecordingServer;
import com.tripwirejs.http.testkit.Transports;
import com.tripwirejs.model.Secret;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 20: a response over {@code maxResponseBytes} is reported as what it is, with its status,
 * headers and the limit, not as a connection failure, is not retried, and costs milliseconds.
 */
class OversizedResponseTest {

  static List<Arguments> cases() {
    return List.of(
        Arguments.of(Transports.APACHE, "/declared/2147483648", false),
        Arguments.of(Transports.APACHE, "/chunked", true),
        Arguments.of(Transports.JDK, "/declared/2147483648", false),
        Arguments.of(Transports.JDK, "/chunked", true),
        Arguments.of(Transports.APACHE, "/declared/2147483648", true),
        Arguments.of(Transports.JDK, "/chunked", false));
  }

  @ParameterizedTest(name = "{0} {1} async={2}")
  @MethodSource("cases")
  void anOversizedResponseIsItsOwnErrorWithStatusHeadersAndTheLimit(Transports kind, String path, boolean async)
      throws Exception {
    HttpTransport transport = kind.create();
    try (ConnectionRecordingServer server = new ConnectionRecordingServer();
        RequestPipeline pipeline =
            RequestPipeline.builder()
                .transport(transport, true)
                .baseUrl(server.url(path))
                .secretKey(Secret.of("sk_test_large"))
                .maxResponseBytes(1024 * 1024)
                .retryPolicy(RetryPolicy.defaults())
                .build()) {
      long start = System.nanoTime();
      Throwable thrown =
          catchThrowable(
              () -> {
                if (async) {
                  pipeline.sendAsync(Pipelines.GET, RequestOptions.none()).get(20, TimeUnit.SECONDS);
                } else {
                  pipeline.send(Pipelines.GET, RequestOptions.none());
                }
              });
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      Throwable failure = thrown instanceof ExecutionException ? thrown.getCause() : thrown;
      System.out.println("FIGURES oversized " + kind + " " + path + (async ? " async" : " blocking")
          + ": rejected after " + took.toMillis() + " ms");
      assertThat(failure)
          .isInstanceOf(TripwireResponseTooLargeException.class)
          .isNotInstanceOf(TripwireConnectionException.class);
      TripwireResponseTooLargeException tooLarge = (TripwireResponseTooLargeException) failure;
      assertThat(tooLarge.status()).isEqualTo(200);
      assertThat(tooLarge.limit()).isEqualTo(1024 * 1024);
      assertThat(tooLarge.headers().first("Content-Type")).isEqualTo("application/json");
      assertThat(tooLarge.getMessage())
          .contains("1048576 bytes")
          .contains("status 200")
          .contains("maxResponseBytes");
      assertThat(took).isLessThan(Duration.ofSeconds(1));
      assertThat(server.requests()).as("not retried").isEqualTo(1);
      assertThat(ConnectionRecordingServer.await(() -> server.openNow() == 0, Duration.ofSeconds(5)))
          .as("the connection was closed, not kept to drain")
          .isTrue();
    }
  }
}
