package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import java.time.Instant;

/**
 * The {@code data} of a {@code session.result.persisted} event for a seeded session, shaped as the
 * contract's {@code SessionResultPersistedPayload}: the session and visitor ids, the scoring event,
 * the decision, the request, the score breakdown, the signals and the attribution.
 */
final class SessionResultPayload {
  private SessionResultPayload() {}

  static ObjectNode of(SessionData.Seeded session, Instant persistedAt) {
    SessionProfile profile = session.profile();
    boolean bot = profile.verdict().equals("bot");
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "session_result");
    json.putObject("session").put("id", session.id());
    json.putObject("event")
        .put("id", session.eventId())
        .put("scoring_event_id", "se_" + session.eventId().substring("evt_".length()))
        .put("phase", "behavioral")
        .put("is_provisional", false)
        .put("persisted_at", ApiTimestamps.format(persistedAt));
    ObjectNode decision = json.putObject("decision");
    decision.put("verdict", profile.verdict());
    decision.put("risk_score", session.riskScore());
    decision.put("score", session.riskScore() / 100.0);
    decision.putObject("manipulation").put("score", bot ? 71 : 0).put("verdict", bot ? "high" : "none");
    json.putObject("visitor_fingerprint").put("id", session.visitor().id());
    json.putObject("request")
        .put("url", session.url())
        .put("user_agent", profile.userAgent())
        .put("ip_address", session.ipAddress())
        .put("screen_size", profile.screenSize())
        .put("is_touch_capable", profile.touch())
        .put("platform", profile.osName())
        .put("first_seen", ApiTimestamps.format(session.visitor().firstSeen()))
        .put("risk_time", ApiTimestamps.format(session.createdAt()));
    json.putObject("score_breakdown")
        .putObject("categories")
        .put(bot ? "environment" : "behavioral", session.riskScore());
    ArrayNode signals = json.putArray("signals");
    for (String[] signal : profile.signals()) {
      signals.addObject()
          .put("id", signal[0])
          .put("category", signal[2])
          .put("confidence", signal[3])
          .put("score", Integer.parseInt(signal[4]))
          .put("role", signal[1]);
    }
    json.putObject("attribution").putNull("bot");
    return json;
  }
}
