package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What one operation's request may carry, as the contract states it: its query parameters, each
 * with a {@link Rule} for its text, and its JSON body, if it takes one. Query parameters the
 * operation does not declare are ignored, as HTTP servers ignore them; an empty value counts as
 * absent.
 *
 * @param what the request's name in a refusal's message, such as {@code session list query}
 * @param query the declared query parameters and their rules
 * @param body the body's rule; null for an operation without a body, whose body is ignored
 */
record RequestSchema(String what, Map<String, Rule> query, @Nullable Rule body) {
  /** An operation with neither query parameters nor a body: nothing to check. */
  static final RequestSchema NONE = new RequestSchema("request", Map.of(), null);

  /** An operation with these query parameters and no body. */
  static RequestSchema query(String what, Map<String, Rule> parameters) {
    return new RequestSchema(what, new LinkedHashMap<>(parameters), null);
  }

  /** An operation with a required JSON body that {@code rule} describes. */
  static RequestSchema body(String what, Rule rule) {
    return new RequestSchema(what, Map.of(), rule);
  }

  /**
   * Passes a request the contract accepts; refuses any other with the API's 422 and one field
   * issue for each broken rule: a query parameter by its name, the body's properties by their
   * path ({@code scopes[2]}, {@code env_vars[0].key}), an empty or malformed body as {@code body}.
   *
   * @return the parsed body, or null for an operation without one
   */
  @Nullable JsonNode check(Call call) {
    List<ApiProblem.FieldIssue> issues = new ArrayList<>();
    for (Map.Entry<String, Rule> parameter : query.entrySet()) {
      String value = call.query(parameter.getKey());
      if (value != null) {
        parameter.getValue().check(TextNode.valueOf(value), parameter.getKey(), issues);
      }
    }
    if (!issues.isEmpty()) {
      throw ApiProblem.invalid("Invalid " + what + ". " + summary(issues), issues.toArray(ApiProblem.FieldIssue[]::new));
    }
    if (body == null) {
      return null;
    }
    byte[] bytes = call.rawBody();
    if (bytes.length == 0) {
      throw ApiProblem.invalid(
          "Invalid " + what + ". The body is empty; send a JSON object.",
          Rule.issue("body", "required", "a JSON object", "empty body"));
    }
    JsonNode json;
    try {
      json = TripwireJson.readTree(bytes);
    } catch (TripwireJsonException | IllegalArgumentException e) {
      throw ApiProblem.invalid(
          "Invalid " + what + ". The body is not valid JSON; send a JSON object.",
          Rule.issue("body", "invalid_json", "a JSON object", "malformed JSON"));
    }
    body.check(json, "", issues);
    if (!issues.isEmpty()) {
      throw ApiProblem.invalid("Invalid " + what + ". " + summary(issues), issues.toArray(ApiProblem.FieldIssue[]::new));
    }
    return json;
  }

  private static String summary(List<ApiProblem.FieldIssue> issues) {
    ApiProblem.FieldIssue first = issues.get(0);
    String name = first.name().isEmpty() ? "body" : first.name();
    return name + ": expected " + first.expected()
        + (issues.size() > 1 ? " (and " + (issues.size() - 1) + " more issue(s) in details.fields)." : ".");
  }
}
