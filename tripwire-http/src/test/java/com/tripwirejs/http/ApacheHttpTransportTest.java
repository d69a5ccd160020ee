package com.tripwirejs.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.apache.PoolStatistics;
import com.tripwirejs.http.testkit.TransportContractTest;
import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ApacheHttpTransportTest extends TransportContractTest {

  @Override
  protected HttpTransport createTransport(Duration connectTimeout) {
    return ApacheHttpTransport.builder().connectTimeout(connectTimeout).maxConnections(8).build();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void connectionsReturnToThePoolAfterEveryOutcome(Mode mode) throws Exception {
    ApacheHttpTransport apache = (ApacheHttpTransport) transport();
    send(mode, request(HttpMethod.GET, "/bytes/1000"));
    send(mode, request(HttpMethod.POST, "/status/204").body(new byte[0]));
    failure(mode, request(HttpMethod.GET, "/sleep/2000").timeout(Duration.ofMillis(200)));
    failure(mode, request(HttpMethod.GET, "/bytes/5000").maxResponseBytes(100));
    for (int i = 0; i < 4; i++) {
      server().takeRequest();
    }
    PoolStatistics stats = awaitNothingLeased(apache);
    assertThat(stats.leased()).isZero();
    assertThat(stats.pending()).isZero();
  }

  static PoolStatistics awaitNothingLeased(ApacheHttpTransport transport) throws InterruptedException {
    PoolStatistics stats = transport.poolStatistics();
    for (int i = 0; i < 50 && stats.leased() > 0; i++) {
      Thread.sleep(20); // a cancelled exchange is released by the I/O thread shortly after
      stats = transport.poolStatistics();
    }
    return stats;
  }
}
