package com.tripwirejs.api.sessions;

import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.internal.ApiCall;

/** The session operations as HTTP calls. */
final class SessionCalls {

  private SessionCalls() {}

  static ApiCall list(SessionListParams params) {
    Arguments.requireNonNull(params, "params");
    return ApiCall.builder("listSessions", HttpMethod.GET, "/v1/sessions")
        .query("limit", params.limit())
        .query("cursor", params.cursor())
        .query("verdict", params.verdict())
        .query("search", params.search())
        .build();
  }

  static ApiCall get(String sessionId) {
    return ApiCall.builder("getSession", HttpMethod.GET, "/v1/sessions/{sessionId}")
        .pathValue(Arguments.requireNonBlank(sessionId, "sessionId"))
        .build();
  }
}
