package com.tripwirejs.http;

import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.http.testkit.TransportContractTest;
import java.time.Duration;

class JdkHttpTransportTest extends TransportContractTest {

  @Override
  protected HttpTransport createTransport(Duration connectTimeout) {
    return JdkHttpTransport.builder().connectTimeout(connectTimeout).build();
  }
}
