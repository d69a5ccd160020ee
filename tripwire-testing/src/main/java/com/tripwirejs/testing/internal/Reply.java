package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jspecify.annotations.Nullable;

/**
 * What a route answers: a status and the {@code data} of the success envelope, with the
 * {@code pagination} of a list; a reply without data is an empty body (204).
 */
record Reply(int status, @Nullable JsonNode data, @Nullable ObjectNode pagination) {
  static Reply ok(JsonNode data) {
    return new Reply(200, data, null);
  }

  static Reply created(JsonNode data) {
    return new Reply(201, data, null);
  }

  static Reply accepted(JsonNode data) {
    return new Reply(202, data, null);
  }

  static Reply noContent() {
    return new Reply(204, null, null);
  }

  static Reply page(Page page) {
    return new Reply(200, page.items(), page.pagination());
  }
}
