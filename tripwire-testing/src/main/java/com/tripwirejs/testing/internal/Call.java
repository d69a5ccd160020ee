package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One request the fake is answering: its path parameters, query and body, and who sent it: the
 * principal of a secret key, or the bearer token of a poll- or agent-token operation.
 */
final class Call {
  private final List<String> pathParameters;
  private final Map<String, String> query;
  private final byte[] body;
  private final @Nullable Principal principal;
  private final @Nullable String bearerToken;
  private @Nullable JsonNode json;

  Call(
      List<String> pathParameters,
      @Nullable String rawQuery,
      byte[] body,
      @Nullable Principal principal,
      @Nullable String bearerToken) {
    this.pathParameters = pathParameters;
    this.query = parseQuery(rawQuery);
    this.body = body;
    this.principal = principal;
    this.bearerToken = bearerToken;
  }

  /** The principal of the secret key that authenticated a secret-key operation. */
  Principal principal() {
    if (principal == null) {
      throw new IllegalStateException("Only a secret-key operation has a principal");
    }
    return principal;
  }

  /** The bearer token of a poll- or agent-token operation; the server has checked it is there. */
  String bearerToken() {
    if (bearerToken == null) {
      throw new IllegalStateException("Only a bearer-token operation has a bearer token");
    }
    return bearerToken;
  }

  /** The {@code index}-th placeholder of the route, percent-decoded. */
  String path(int index) {
    return pathParameters.get(index);
  }

  /** A query parameter, or null when absent or empty (the client never sends empty values). */
  @Nullable String query(String name) {
    String value = query.get(name);
    return value == null || value.isEmpty() ? null : value;
  }

  /**
   * Checks the request against its operation's schema (the API's 422 when it breaks it) and keeps
   * the parsed body for {@link #json()}.
   */
  void validate(RequestSchema schema) {
    json = schema.check(this);
  }

  /** The body as JSON, once {@link #validate} passed it. */
  JsonNode json() {
    if (json == null) {
      throw new IllegalStateException("Only an operation with a body has a JSON body");
    }
    return json;
  }

  /** The body's bytes as received. */
  byte[] rawBody() {
    return body;
  }

  /**
   * The body bound to a request type of the model, so the fake applies the same rules the SDK's
   * request types state; a body that breaks them is the API's validation failure.
   */
  <T> T body(Class<T> requestType) {
    if (body.length == 0) {
      throw ApiProblem.invalid(
          "Invalid request body: the body is empty; send a JSON object.",
          Rule.issue("body", "required", "a JSON object", "empty body"));
    }
    try {
      return TripwireJson.read(body, requestType);
    } catch (TripwireJsonException e) {
      String field = e.path().isEmpty() ? "body" : e.path();
      throw ApiProblem.invalid(
          "Invalid request body: " + e.getMessage(),
          new ApiProblem.FieldIssue(field, "invalid", "a value as the API reference describes", "see message"));
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw ApiProblem.invalid("Invalid request body: " + e.getMessage());
    }
  }

  /**
   * The {@code limit} parameter: absent means {@code defaultLimit}, else an integer in 1..200 (the
   * operation's {@link RequestSchema} has already refused any other value).
   */
  int limit(String parameterSet, int defaultLimit) {
    String raw = query("limit");
    if (raw == null) {
      return defaultLimit;
    }
    try {
      int limit = Integer.parseInt(raw);
      if (limit >= 1 && limit <= 200) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw ApiProblem.invalid(
        "Invalid " + parameterSet + " list query. Use limit between 1 and 200.",
        new ApiProblem.FieldIssue("limit", "invalid_integer", "integer between 1 and 200", raw));
  }

  private static Map<String, String> parseQuery(@Nullable String rawQuery) {
    Map<String, String> query = new LinkedHashMap<>();
    if (rawQuery == null || rawQuery.isEmpty()) {
      return query;
    }
    for (String pair : rawQuery.split("&")) {
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      String value = eq < 0 ? "" : pair.substring(eq + 1);
      query.putIfAbsent(decode(name), decode(value));
    }
    return query;
  }

  static String decode(String encoded) {
    try {
      return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiProblem.invalid("Malformed percent-encoding in \"" + encoded + "\".");
    }
  }
}
