package com.tripwirejs.api.fingerprints;

import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.internal.ApiCall;

/** The visitor fingerprint operations as HTTP calls. */
final class FingerprintCalls {

  private FingerprintCalls() {}

  static ApiCall list(FingerprintListParams params) {
    Arguments.requireNonNull(params, "params");
    return ApiCall.builder("listVisitorFingerprints", HttpMethod.GET, "/v1/fingerprints")
        .query("limit", params.limit())
        .query("cursor", params.cursor())
        .query("search", params.search())
        .query("sort", params.sort())
        .build();
  }

  static ApiCall get(String visitorId) {
    return ApiCall.builder("getVisitorFingerprint", HttpMethod.GET, "/v1/fingerprints/{visitorId}")
        .pathValue(Arguments.requireNonBlank(visitorId, "visitorId"))
        .build();
  }
}
