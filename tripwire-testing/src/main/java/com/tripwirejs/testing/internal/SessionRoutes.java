package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.testing.internal.Route.Auth;
import java.util.List;

/**
 * Sessions and visitor fingerprints: the seeded detection data, listed by cursor and read by id;
 * a session's client user id attached and cleared.
 */
final class SessionRoutes {
  private final FakeState state;
  private final RequestSchemas schemas;

  SessionRoutes(FakeState state, RequestSchemas schemas) {
    this.state = state;
    this.schemas = schemas;
  }

  void register(List<Route> routes) {
    routes.add(Route.of("GET", "/v1/sessions", Auth.SECRET_KEY, schemas.listSessions, this::listSessions));
    routes.add(Route.of("GET", "/v1/sessions/{}", Auth.SECRET_KEY, this::getSession));
    routes.add(Route.of("PATCH", "/v1/sessions/{}", Auth.SECRET_KEY, schemas.updateSession, this::updateSession));
    routes.add(Route.of("GET", "/v1/fingerprints", Auth.SECRET_KEY, schemas.listFingerprints, this::listFingerprints));
    routes.add(Route.of("GET", "/v1/fingerprints/{}", Auth.SECRET_KEY, this::getFingerprint));
  }

  private Reply listSessions(Call call) {
    int limit = call.limit("session", 50);
    String verdict = call.query("verdict");
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
   * Attaches or clears the session's client user id; the schema has checked the body:
   * {@code client_user_id} present, a string of at most 256 characters or null, nothing else.
   */
  private Reply updateSession(Call call) {
    JsonNode clientUserId = call.json().get("client_user_id");
    synchronized (state) {
      return Reply.ok(state.sessions.detail(
          state.sessions.updateClientUser(call.path(0), clientUserId.isNull() ? null : clientUserId.textValue())));
    }
  }

  private Reply listFingerprints(Call call) {
    int limit = call.limit("visitor fingerprint", 50);
    String sort = call.query("sort");
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
