package com.tripwirejs.api;

import com.tripwirejs.api.fingerprints.AsyncFingerprints;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.organizations.AsyncOrganizations;
import com.tripwirejs.api.sessions.AsyncSessions;
import com.tripwirejs.api.webhooks.AsyncWebhooks;
import com.tripwirejs.http.RequestOptions;
import java.util.Objects;

/**
 * The operations of {@link TripwireClient}, returning {@code CompletableFuture}s: get it with
 * {@code client.async()}. Invalid arguments throw at once; every other failure completes the
 * future exceptionally with an exception of {@link com.tripwirejs.http.error}.
 */
public final class TripwireAsyncClient {

  private final ApiCaller caller;
  private final AsyncSessions sessions;
  private final AsyncFingerprints fingerprints;
  private final AsyncOrganizations organizations;
  private final AsyncWebhooks webhooks;

  TripwireAsyncClient(ApiCaller caller) {
    this.caller = caller;
    this.sessions = new AsyncSessions(caller);
    this.fingerprints = new AsyncFingerprints(caller);
    this.organizations = new AsyncOrganizations(caller);
    this.webhooks = new AsyncWebhooks(caller);
  }

  /**
   * Sessions.
   *
   * @return the session operations
   */
  public AsyncSessions sessions() {
    return sessions;
  }

  /**
   * Visitor fingerprints.
   *
   * @return the fingerprint operations
   */
  public AsyncFingerprints fingerprints() {
    return fingerprints;
  }

  /**
   * Organizations and their API keys.
   *
   * @return the organization operations
   */
  public AsyncOrganizations organizations() {
    return organizations;
  }

  /**
   * Webhook endpoints and events.
   *
   * @return the webhook operations
   */
  public AsyncWebhooks webhooks() {
    return webhooks;
  }

  /**
   * A view whose calls use {@code options} on top of this client's.
   *
   * @param options the per-call options
   * @return the view
   */
  public TripwireAsyncClient withOptions(RequestOptions options) {
    Objects.requireNonNull(options, "options");
    return new TripwireAsyncClient(caller.withOptions(options));
  }
}
