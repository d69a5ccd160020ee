package com.tripwirejs.http.load;

import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestListener;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.internal.ApiCall;
import com.tripwirejs.http.internal.RequestPipeline;
import com.tripwirejs.model.Secret;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Pipelines over a transport, as a client builds them, for the load and cancellation tests. */
final class Pipelines {

  static final ApiCall GET = ApiCall.builder("getThing", HttpMethod.GET, "/v1/things/{id}").pathValue("t_1").build();

  private Pipelines() {}

  static RequestPipeline pipeline(HttpTransport transport, String baseUrl, Duration timeout, RetryPolicy retries, RequestListener listener) {
    return RequestPipeline.builder()
        .transport(transport, true)
        .baseUrl(baseUrl)
        .secretKey(Secret.of("sk_test_load"))
        .timeout(timeout)
        .responseTimeout(timeout)
        .retryPolicy(retries)
        .listeners(List.of(listener))
        .build();
  }

  static RequestPipeline pipeline(HttpTransport transport, String baseUrl, Duration timeout) {
    return pipeline(transport, baseUrl, timeout, RetryPolicy.none(), new Listener());
  }

  /** Live platform threads of the JVM (virtual threads are not counted). */
  static int platformThreads() {
    return ManagementFactory.getThreadMXBean().getThreadCount();
  }

  /** Records every attempt's end. */
  static final class Listener implements RequestListener {
    final List<AttemptOutcome> ends = new CopyOnWriteArrayList<>();
    final List<RequestAttempt> starts = new CopyOnWriteArrayList<>();

    @Override
    public void onAttemptStart(RequestAttempt attempt) {
      starts.add(attempt);
    }

    @Override
    public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
      ends.add(outcome);
    }

    long cancelled() {
      return ends.stream().filter(AttemptOutcome::cancelled).count();
    }
  }
}
