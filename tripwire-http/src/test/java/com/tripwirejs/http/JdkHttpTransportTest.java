package com.tripwirejs.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.http.testkit.TransportContractTest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class JdkHttpTransportTest extends TransportContractTest {

  @Override
  protected HttpTransport createTransport(Duration connectTimeout) {
    return JdkHttpTransport.builder().connectTimeout(connectTimeout).build();
  }

  /** The JDK quotes a header value it refuses; the transport must not pass that on. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void aHeaderTheJdkRefusesIsReportedWithoutItsValue(Mode mode) {
    String secret = "sk_live_n0tF0rTheLogs";
    Headers headers = Headers.builder().set("X-Upstream-Auth", secret + "\u20ac").build();
    Throwable thrown = catchThrowable(() -> send(mode, request(HttpMethod.GET, "/status/204").headers(headers)));
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Upstream-Auth").hasNoCause();
    assertThat(thrown.getMessage()).doesNotContain("n0tF0rTheLogs");
    assertThat(server().pendingRequests()).isZero();
  }
}
