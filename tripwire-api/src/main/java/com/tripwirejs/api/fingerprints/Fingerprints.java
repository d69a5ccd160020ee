package com.tripwirejs.api.fingerprints;

import com.tripwirejs.api.AutoPager;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.model.fingerprint.VisitorFingerprintDetail;
import com.tripwirejs.model.fingerprint.VisitorFingerprintSummary;

/** Visitor fingerprints: list them, page through them, read one with its activity. */
public final class Fingerprints {

  private final ApiCaller caller;

  /**
   * Creates the namespace; use {@code client.fingerprints()}.
   *
   * @param caller runs the operations
   */
  public Fingerprints(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists visitor fingerprints (GET /v1/fingerprints).
   *
   * @param params search, order and paging
   * @return one page
   */
  public Page<VisitorFingerprintSummary> list(FingerprintListParams params) {
    return caller.page(FingerprintCalls.list(params), VisitorFingerprintSummary.class);
  }

  /**
   * Lists the first page of visitor fingerprints at the default page size.
   *
   * @return one page
   */
  public Page<VisitorFingerprintSummary> list() {
    return list(FingerprintListParams.none());
  }

  /**
   * Every fingerprint matching the search, fetched page by page as iteration goes.
   *
   * <p>A server that repeats a page cursor ends the walk with a {@code
   * TripwireInvalidResponseException} instead of a loop (see {@link com.tripwirejs.api.AutoPager}).
   *
   * @param params search, order, page size and starting cursor
   * @return the lazily fetched fingerprints
   */
  public AutoPager<VisitorFingerprintSummary> listAutoPaging(FingerprintListParams params) {
    Arguments.requireNonNull(params, "params");
    return new AutoPager<>(params.cursor(), cursor -> list(params.withCursor(cursor)));
  }

  /**
   * Reads one visitor fingerprint with its components and recent sessions (GET
   * /v1/fingerprints/{visitorId}).
   *
   * @param visitorId the fingerprint id, {@code vid_...}
   * @return the fingerprint
   */
  public VisitorFingerprintDetail get(String visitorId) {
    return caller.object(FingerprintCalls.get(visitorId), VisitorFingerprintDetail.class);
  }
}
