package com.tripwirejs.api.sessions;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.internal.ApiCall;
import com.tripwirejs.model.session.UpdateSessionRequest;

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

  static ApiCall update(String sessionId, UpdateSessionRequest request) {
    return ApiCall.builder("updateSession", HttpMethod.PATCH, "/v1/sessions/{sessionId}")
        .pathValue(Arguments.requireNonBlank(sessionId, "sessionId"))
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall attachClientUser(String sessionId, String clientUserId) {
    Arguments.requireNonBlank(sessionId, "sessionId");
    Arguments.requireNonBlank(
        clientUserId, "clientUserId", UpdateSessionRequest.CLIENT_USER_ID_MAX_LENGTH);
    return update(sessionId, UpdateSessionRequest.attachClientUser(clientUserId));
  }

  static ApiCall clearClientUser(String sessionId) {
    return update(sessionId, UpdateSessionRequest.clearClientUser());
  }

  static ApiCall get(String sessionId) {
    return ApiCall.builder("getSession", HttpMethod.GET, "/v1/sessions/{sessionId}")
        .pathValue(Arguments.requireNonBlank(sessionId, "sessionId"))
        .build();
  }
}
