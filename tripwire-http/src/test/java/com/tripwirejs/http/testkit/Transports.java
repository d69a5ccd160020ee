package com.tripwirejs.http.testkit;

import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.apache.PoolStatistics;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import java.time.Duration;

/** The transports the SDK ships, for tests that run on each. */
public enum Transports {
  APACHE {
    @Override
    public HttpTransport create(int maxConnections) {
      return ApacheHttpTransport.builder()
          .connectTimeout(Duration.ofSeconds(5))
          .maxConnections(maxConnections)
          .build();
    }
  },
  JDK {
    @Override
    public HttpTransport create(int maxConnections) {
      return JdkHttpTransport.builder()
          .connectTimeout(Duration.ofSeconds(5))
          .maxConnections(maxConnections)
          .build();
    }
  };

  /** A new transport with this bound; the caller closes it. */
  public abstract HttpTransport create(int maxConnections);

  /** A new transport with the default bound. */
  public HttpTransport create() {
    return create(HttpTransport.DEFAULT_MAX_CONCURRENT_REQUESTS);
  }

  /**
   * Waits until the transport holds no connection leased (for the Apache pool; other transports
   * have nothing to wait for) and returns how many are leased.
   */
  public static int leasedAfterDraining(HttpTransport transport) throws InterruptedException {
    if (!(transport instanceof ApacheHttpTransport)) {
      return 0;
    }
    ApacheHttpTransport apache = (ApacheHttpTransport) transport;
    PoolStatistics stats = apache.poolStatistics();
    for (int i = 0; i < 250 && (stats.leased() > 0 || stats.pending() > 0); i++) {
      Thread.sleep(20);
      stats = apache.poolStatistics();
    }
    return stats.leased() + stats.pending();
  }
}
