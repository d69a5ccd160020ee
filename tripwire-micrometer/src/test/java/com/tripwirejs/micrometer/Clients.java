package com.tripwirejs.micrometer;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import io.micrometer.common.KeyValue;
import io.micrometer.observation.Observation;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test clients on each shipped transport, and reading an observation's tags. */
final class Clients {

  /** Retries on, quickly: up to three attempts, 10 ms apart. */
  static final RetryPolicy RETRIES =
      RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(10)).jitter(0).build();

  /** The transports the SDK ships. */
  enum Transport {
    APACHE,
    JDK;

    HttpTransport create() {
      return this == APACHE
          ? ApacheHttpTransport.builder().connectTimeout(Duration.ofSeconds(2)).build()
          : JdkHttpTransport.builder().connectTimeout(Duration.ofSeconds(2)).build();
    }
  }

  private Clients() {}

  /** A client of {@code baseUrl} on {@code transport}, observed by {@code listener}. */
  static TripwireClient.Builder client(
      HttpTransport transport, String baseUrl, String secretKey, RequestListener listener) {
    return TripwireClient.builder()
        .transport(transport)
        .baseUrl(baseUrl)
        .secretKey(secretKey)
        .listener(listener);
  }

  /** The low-cardinality key values of a context, by key. */
  static Map<String, String> low(Observation.Context context) {
    Map<String, String> values = new LinkedHashMap<>();
    for (KeyValue value : context.getLowCardinalityKeyValues()) {
      values.put(value.getKey(), value.getValue());
    }
    return values;
  }

  /** The high-cardinality key values of a context, by key. */
  static Map<String, String> high(Observation.Context context) {
    Map<String, String> values = new LinkedHashMap<>();
    for (KeyValue value : context.getHighCardinalityKeyValues()) {
      values.put(value.getKey(), value.getValue());
    }
    return values;
  }
}
