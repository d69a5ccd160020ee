package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** One page of a list, cut from the full list by a cursor the fake issued before. */
record Page(ArrayNode items, ObjectNode pagination) {
  private static final String CURSOR_PREFIX = "cur_";

  /** The largest {@code limit} the contract allows for a page. */
  static final int MAX_LIMIT = 200;

  /**
   * The page of {@code all} that starts at {@code cursor} (null: the first page), with
   * {@code has_more} and, when there is more, the {@code next_cursor} of the following page.
   */
  static <T> Page of(List<T> all, int limit, @Nullable String cursor, Function<T, JsonNode> render) {
    int start = cursor == null ? 0 : offset(cursor);
    int end = Math.min(all.size(), start + limit);
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (T item : all.subList(Math.min(start, all.size()), end)) {
      items.add(render.apply(item));
    }
    ObjectNode pagination = JsonNodeFactory.instance.objectNode();
    pagination.put("limit", limit);
    boolean hasMore = end < all.size();
    pagination.put("has_more", hasMore);
    if (hasMore) {
      pagination.put("next_cursor", cursor(end));
    }
    return new Page(items, pagination);
  }

  /**
   * The first {@code limit} items of {@code all}, for a list that the contract gives a limit but no
   * cursor parameter (events): {@code has_more} says that more items exist beyond the page, and
   * there is no {@code next_cursor}, because no request could pass one back.
   */
  static <T> Page first(List<T> all, int limit, Function<T, JsonNode> render) {
    ArrayNode items = JsonNodeFactory.instance.arrayNode();
    for (T item : all.subList(0, Math.min(limit, all.size()))) {
      items.add(render.apply(item));
    }
    ObjectNode pagination = JsonNodeFactory.instance.objectNode();
    pagination.put("limit", limit);
    pagination.put("has_more", all.size() > limit);
    return new Page(items, pagination);
  }

  /**
   * Every item on one page, for a list that the contract gives neither a limit nor a cursor
   * (webhook endpoints): the limit is the number of items, at most {@value #MAX_LIMIT}, the
   * contract's bound for a page; beyond it the page is cut as {@link #first} cuts it.
   */
  static <T> Page all(List<T> all, Function<T, JsonNode> render) {
    return first(all, Math.min(MAX_LIMIT, Math.max(1, all.size())), render);
  }

  private static String cursor(int offset) {
    return CURSOR_PREFIX
        + Base64.getUrlEncoder().withoutPadding().encodeToString(("o:" + offset).getBytes(StandardCharsets.US_ASCII));
  }

  private static int offset(String cursor) {
    try {
      if (cursor.startsWith(CURSOR_PREFIX)) {
        String decoded =
            new String(Base64.getUrlDecoder().decode(cursor.substring(CURSOR_PREFIX.length())), StandardCharsets.US_ASCII);
        if (decoded.startsWith("o:")) {
          int offset = Integer.parseInt(decoded.substring(2));
          if (offset >= 0) {
            return offset;
          }
        }
      }
    } catch (IllegalArgumentException e) {
      // reported below
    }
    throw ApiProblem.invalid(
        "Invalid cursor. Pass the next_cursor of the previous page unchanged.",
        new ApiProblem.FieldIssue("cursor", "invalid_cursor", "a next_cursor from this list", cursor));
  }
}
