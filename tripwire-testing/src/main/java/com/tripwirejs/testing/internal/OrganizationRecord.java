package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import java.time.Instant;

/** A stored organization. */
record OrganizationRecord(
    String id, String name, String slug, String status, Instant createdAt, Instant updatedAt) {
  ObjectNode json() {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    json.put("object", "organization");
    json.put("id", id);
    json.put("name", name);
    json.put("slug", slug);
    json.put("status", status);
    json.put("created_at", ApiTimestamps.format(createdAt));
    json.put("updated_at", ApiTimestamps.format(updatedAt));
    return json;
  }
}
