package com.tripwirejs.api.support;

import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import java.time.Duration;

/** The transports the SDK ships; tests whose outcome depends on the transport run on each. */
public enum TransportKind {
  APACHE {
    @Override
    public HttpTransport create() {
      return ApacheHttpTransport.builder().connectTimeout(CONNECT_TIMEOUT).build();
    }
  },
  JDK {
    @Override
    public HttpTransport create() {
      return JdkHttpTransport.builder().connectTimeout(CONNECT_TIMEOUT).build();
    }
  };

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);

  /** A new transport of this kind; the caller closes it. */
  public abstract HttpTransport create();
}
