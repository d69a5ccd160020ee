package com.tripwirejs.api.fingerprints;

import com.tripwirejs.api.AsyncAutoPager;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.model.fingerprint.VisitorFingerprintDetail;
import com.tripwirejs.model.fingerprint.VisitorFingerprintSummary;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link Fingerprints}. */
public final class AsyncFingerprints {

  private final ApiCaller caller;

  /**
   * Creates the namespace; use {@code client.async().fingerprints()}.
   *
   * @param caller runs the operations
   */
  public AsyncFingerprints(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists visitor fingerprints (GET /v1/fingerprints).
   *
   * @param params search, order and paging
   * @return one page
   */
  public CompletableFuture<Page<VisitorFingerprintSummary>> list(FingerprintListParams params) {
    return caller.pageAsync(FingerprintCalls.list(params), VisitorFingerprintSummary.class);
  }

  /**
   * Lists the first page of visitor fingerprints at the default page size.
   *
   * @return one page
   */
  public CompletableFuture<Page<VisitorFingerprintSummary>> list() {
    return list(FingerprintListParams.none());
  }

  /**
   * Every fingerprint matching the search, fetched page by page.
   *
   * <p>A server that repeats a page cursor fails the walk with a {@code
   * TripwireInvalidResponseException} instead of a loop (see {@link
   * com.tripwirejs.api.AsyncAutoPager}).
   *
   * @param params search, order, page size and starting cursor
   * @return the auto-pager
   */
  public AsyncAutoPager<VisitorFingerprintSummary> listAutoPaging(FingerprintListParams params) {
    Arguments.requireNonNull(params, "params");
    return new AsyncAutoPager<>(params.cursor(), cursor -> list(params.withCursor(cursor)));
  }

  /**
   * Reads one visitor fingerprint (GET /v1/fingerprints/{visitorId}).
   *
   * @param visitorId the fingerprint id, {@code vid_...}
   * @return the fingerprint
   */
  public CompletableFuture<VisitorFingerprintDetail> get(String visitorId) {
    return caller.objectAsync(FingerprintCalls.get(visitorId), VisitorFingerprintDetail.class);
  }
}
