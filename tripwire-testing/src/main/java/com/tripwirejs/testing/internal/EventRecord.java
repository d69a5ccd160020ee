package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import java.time.Instant;
import java.util.List;

/** A stored event of the organization's event log, with the deliveries made for it. */
record EventRecord(
    String organizationId,
    String id,
    String type,
    String subjectType,
    String subjectId,
    ObjectNode data,
    List<ObjectNode> deliveries,
    Instant createdAt) {

  ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "event");
    json.put("id", id);
    json.put("type", type);
    json.putObject("subject").put("type", subjectType).put("id", subjectId);
    json.set("data", data.deepCopy());
    ArrayNode array = json.putArray("webhook_deliveries");
    deliveries.forEach(delivery -> array.add(delivery.deepCopy()));
    json.put("created_at", ApiTimestamps.format(createdAt));
    return json;
  }

  boolean deliveredTo(String endpointId) {
    return deliveries.stream().anyMatch(d -> d.path("endpoint_id").asText().equals(endpointId));
  }
}
