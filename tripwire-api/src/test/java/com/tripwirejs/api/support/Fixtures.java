package com.tripwirejs.api.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.spec.SpecGeneration;
import com.tripwirejs.model.spec.TripwireSpec;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Response bodies made from the spec's fixtures, read at test time from the spec directory (never
 * copied into the repository): a fixture as it is, or varied (other ids, other pagination) to
 * build the multi-page and many-call scenarios the fixtures alone do not cover.
 */
public final class Fixtures {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final TripwireSpec spec;

  private Fixtures(TripwireSpec spec) {
    this.spec = spec;
  }

  /** The fixtures of one generation of the contract. */
  public static Fixtures of(TripwireSpec spec) {
    return new Fixtures(spec);
  }

  /**
   * The fixtures of today's contract ({@code foil-spec}); skips the test when it is not
   * configured.
   */
  public static Fixtures current() {
    return new Fixtures(TripwireSpec.of(SpecGeneration.FOIL));
  }

  /** The fixtures of every configured generation, newest first; skips the test when none is. */
  public static List<Fixtures> configured() {
    return TripwireSpec.configured().stream().map(Fixtures::new).toList();
  }

  /** Names the generation, for parameterized test names. */
  @Override
  public String toString() {
    return spec.toString();
  }

  /** The spec itself. */
  public TripwireSpec spec() {
    return spec;
  }

  /** A fixture file exactly as it is. */
  public byte[] bytes(String file) {
    return spec.fixtureBytes(file);
  }

  /** A fixture file as a tree the caller may change. */
  public ObjectNode tree(String file) {
    return (ObjectNode) spec.fixture(file).deepCopy();
  }

  /** A single-object fixture whose {@code data.id} is replaced. */
  public byte[] withId(String file, String id) {
    ObjectNode envelope = tree(file);
    ((ObjectNode) envelope.get("data")).put("id", id);
    return write(envelope);
  }

  /**
   * One page of a list: the fixture's first item repeated with the given ids, and the given
   * pagination.
   *
   * @param listFile a list fixture, such as {@code api/sessions/list.json}
   * @param ids the ids of the page's items
   * @param hasMore the page's {@code has_more}
   * @param nextCursor the page's {@code next_cursor}, or null to leave it out
   * @param requestId the page's {@code meta.request_id}
   */
  public byte[] page(
      String listFile, List<String> ids, boolean hasMore, @Nullable String nextCursor, String requestId) {
    ObjectNode envelope = tree(listFile);
    JsonNode template = envelope.get("data").get(0);
    ArrayNode data = JSON.createArrayNode();
    for (String id : ids) {
      ObjectNode item = template.deepCopy();
      item.put("id", id);
      data.add(item);
    }
    envelope.set("data", data);
    ObjectNode pagination = JSON.createObjectNode();
    pagination.put("limit", ids.size());
    pagination.put("has_more", hasMore);
    if (nextCursor != null) {
      pagination.put("next_cursor", nextCursor);
    }
    envelope.set("pagination", pagination);
    ((ObjectNode) envelope.get("meta")).put("request_id", requestId);
    return write(envelope);
  }

  /** A JSON tree as bytes. */
  public static byte[] write(JsonNode tree) {
    try {
      return JSON.writeValueAsBytes(tree);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
