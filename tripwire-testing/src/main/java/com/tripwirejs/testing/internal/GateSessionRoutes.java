package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.gate.delivery.GateDelivery;
import com.tripwirejs.gate.delivery.GateDeliveryException;
import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.testing.internal.Route.Auth;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gate signup sessions: an agent creates one (no credentials) with the delivery request its
 * outputs are encrypted to, polls it with the poll token until a test approves or denies it, and
 * acknowledges the delivery with the ack token inside it. After the acknowledgement the delivery
 * is gone (410); a session not acknowledged by its {@code expires_at} polls as {@code expired}.
 */
final class GateSessionRoutes {
  /** The field a delivery request check names first, such as {@code delivery.key_id}. */
  private static final Pattern DELIVERY_FIELD = Pattern.compile("^(delivery(?:\\.[a-z_]+)?)");

  private final FakeState state;

  private final RequestSchemas schemas;

  GateSessionRoutes(FakeState state, RequestSchemas schemas) {
    this.state = state;
    this.schemas = schemas;
  }

  void register(List<Route> routes) {
    routes.add(Route.of("POST", "/v1/gate/sessions", Auth.NONE, schemas.createGateSession, this::create));
    routes.add(Route.of("GET", "/v1/gate/sessions/{}", Auth.POLL_TOKEN, this::poll));
    routes.add(Route.of("POST", "/v1/gate/sessions/{}/ack", Auth.POLL_TOKEN, schemas.acknowledgeGateSession, this::acknowledge));
  }

  private Reply create(Call call) {
    CreateGateSessionRequest request = call.body(CreateGateSessionRequest.class);
    try {
      GateDelivery.validateRequest(request.delivery());
    } catch (GateDeliveryException e) {
      Matcher field = DELIVERY_FIELD.matcher(e.getMessage());
      throw ApiProblem.invalid(
          "Invalid Gate delivery request: " + e.getMessage(),
          new ApiProblem.FieldIssue(
              field.find() ? field.group(1) : "delivery",
              "invalid",
              "an X25519 delivery request as the Gate delivery contract describes",
              "see message"));
    }
    synchronized (state) {
      GateServiceRecord service = state.gate().activeService(request.serviceId());
      Instant now = state.now();
      GateSessionRecord session =
          new GateSessionRecord(
              state.ids().base32("gate_"),
              service.id(),
              request.accountName(),
              request.metadata(),
              request.delivery(),
              state.ids().base32("gtpoll_"),
              now,
              now.plus(GateData.SESSION_TTL),
              "pending",
              null,
              null,
              null,
              null);
      state.gate().sessions.put(session.id(), session);
      return Reply.created(session.createdJson());
    }
  }

  private Reply poll(Call call) {
    synchronized (state) {
      GateSessionRecord session = session(call);
      if (session.status().equals("acknowledged")) {
        throw deliveryConsumed(session);
      }
      return Reply.ok(session.pollJson(state.now()));
    }
  }

  private Reply acknowledge(Call call) {
    synchronized (state) {
      session(call);
    }
    AcknowledgeGateSessionDeliveryRequest request = call.body(AcknowledgeGateSessionDeliveryRequest.class);
    synchronized (state) {
      GateSessionRecord session = session(call);
      String status = session.statusAt(state.now());
      if (status.equals("acknowledged")) {
        throw deliveryConsumed(session);
      }
      if (status.equals("expired")) {
        throw ApiProblem.gone(
            "gate.session_expired",
            "Gate session " + session.id() + " expired at " + session.expiresAt()
                + " before its delivery was acknowledged. Start a new Gate session.");
      }
      if (!status.equals("approved")
          || session.ackToken() == null
          || !sameToken(session.ackToken(), request.ackToken().reveal())) {
        throw ApiProblem.invalidAckToken(session.id());
      }
      state.gate().sessions.put(session.id(), session.withStatus("acknowledged"));
      ObjectNode data = JsonNodeFactory.instance.objectNode();
      data.put("object", "gate_session_delivery");
      data.put("gate_session_id", session.id());
      data.put("status", "acknowledged");
      return Reply.ok(data);
    }
  }

  /** The session of the path, when the bearer token is its poll token. */
  private GateSessionRecord session(Call call) {
    GateSessionRecord session = state.gate().sessions.get(call.path(0));
    if (session == null) {
      throw ApiProblem.notFound("Gate session", call.path(0));
    }
    if (!sameToken(session.pollToken(), call.bearerToken())) {
      throw ApiProblem.invalidToken(
          "The bearer token is not the poll token of Gate session " + session.id()
              + ". Send the poll_token that creating the session returned.");
    }
    return session;
  }

  private static ApiProblem deliveryConsumed(GateSessionRecord session) {
    return ApiProblem.gone(
        "gate.delivery_consumed",
        "The delivery of Gate session " + session.id()
            + " was acknowledged and is no longer available. Start a new Gate session for new credentials.");
  }

  static boolean sameToken(String expected, String given) {
    return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
  }
}
