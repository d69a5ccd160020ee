package com.tripwirejs.testing.internal;

import com.tripwirejs.model.session.UpdateSessionRequest;
import com.tripwirejs.testing.internal.Route.Auth;
import java.util.List;
import java.util.Set;

/**
 * Sessions and visitor fingerprints: the seeded detection data, listed by cursor and read by id;
 * a session's client user id attached and cleared.
 */
final class SessionRoutes {
  private static final Set<String> VERDICTS = Set.of("bot", "human", "inconclusive");
  private static final Set<String> SORTS = Set.of("seen_count", "first_seen");

  private final FakeState state;

  SessionRoutes(FakeState state) {
    this.state = state;
  }

  void register(List<Route> routes) {
    routes.add(Route.of("GET", "/v1/sessions", Auth.SECRET_KEY, this::listSessions));
    routes.add(Route.of("GET", "/v1/sessions/{}", Auth.SECRET_KEY, this::getSession));
    routes.add(Route.of("PATCH", "/v1/sessions/{}", Auth.SECRET_KEY, this::updateSession));
    routes.add(Route.of("GET", "/v1/fingerprints", Auth.SECRET_KEY, this::listFingerprints));
    routes.add(Route.of("GET", "/v1/fingerprints/{}", Auth.SECRET_KEY, this::getFingerprint));
  }

  private Reply listSessions(Call call) {
    int limit = call.limit("session", 50);
    String verdict = call.query("verdict");
    if (verdict != null && !VERDICTS.contains(verdict)) {
      throw ApiProblem.invalid(
          "Invalid session list query. verdict must be bot, human or inconclusive.",
          new ApiProblem.FieldIssue("verdict", "invalid_enum", "bot, human or inconclusive", verdict));
    }
    synchronized (state) {
      List<SessionData.Seeded> found = state.sessions.sessions(verdict, call.query("search"));
      return Reply.page(Page.of(found, limit, call.query("cursor"), state.sessions::summary));
    }
  }

  private Reply getSession(Call call) {
    synchronized (state) {
      return Reply.ok(state.sessions.detail(state.sessions.session(call.path(0))));
    }
  }

  /**
   * Attaches or clears the session's client user id. The body is checked as the API checks it:
   * {@code client_user_id} present, a string of 1 to 256 characters or null, nothing else.
   */
  private Reply updateSession(Call call) {
    UpdateSessionRequest request = call.body(UpdateSessionRequest.class);
    if (!request.unknownProperties().isEmpty()) {
      String name = request.unknownProperties().keySet().iterator().next();
      throw ApiProblem.invalid(
          "Invalid update payload. Only client_user_id can be updated.",
          new ApiProblem.FieldIssue(name, "unknown_field", "client_user_id only", name));
    }
    synchronized (state) {
      return Reply.ok(state.sessions.detail(state.sessions.updateClientUser(call.path(0), request.clientUserId())));
    }
  }

  private Reply listFingerprints(Call call) {
    int limit = call.limit("visitor fingerprint", 50);
    String sort = call.query("sort");
    if (sort != null && !SORTS.contains(sort)) {
      throw ApiProblem.invalid(
          "Invalid visitor fingerprint list query. sort must be seen_count or first_seen.",
          new ApiProblem.FieldIssue("sort", "invalid_enum", "seen_count or first_seen", sort));
    }
    synchronized (state) {
      List<SessionData.Visitor> found = state.sessions.visitors(call.query("search"), sort);
      return Reply.page(Page.of(found, limit, call.query("cursor"), SessionData::fingerprintSummary));
    }
  }

  private Reply getFingerprint(Call call) {
    synchronized (state) {
      return Reply.ok(SessionData.fingerprintDetail(state.sessions.visitor(call.path(0))));
    }
  }
}
