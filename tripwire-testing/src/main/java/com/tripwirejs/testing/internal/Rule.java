package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One rule of the contract's request schemas, applied to one JSON value: the fake's small
 * vocabulary for what {@code openapi.json} states about request bodies and query parameters
 * (types, enums, lengths, patterns, {@code format: uri}, required and unknown properties). Every
 * route describes its request with these rules, and a request that breaks one is the API's 422
 * with one {@code details.fields} entry per broken rule.
 */
@FunctionalInterface
interface Rule {
  /**
   * Adds an issue to {@code issues} for each way {@code value} breaks this rule.
   *
   * @param value the value, never a missing node
   * @param name the value's place in the request, as {@code details.fields[].name} gives it
   */
  void check(JsonNode value, String name, List<ApiProblem.FieldIssue> issues);

  /** The longest received value an issue repeats. */
  int MAX_RECEIVED = 200;

  /** Any string. */
  static StringRule string() {
    return new StringRule(0, Integer.MAX_VALUE, null, null, null);
  }

  /** One of {@code values}, exactly. */
  static Rule oneOf(Set<String> values) {
    String expected = String.join(", ", values.stream().sorted().toList());
    return (value, name, issues) -> {
      if (!value.isTextual()) {
        issues.add(typeIssue(name, "one of " + expected, value));
      } else if (!values.contains(value.textValue())) {
        issues.add(issue(name, "invalid_enum", "one of " + expected, received(value)));
      }
    };
  }

  /** Exactly {@code constant} (a string or integer). */
  static Rule constant(JsonNode constant) {
    return (value, name, issues) -> {
      if (!value.equals(constant)) {
        issues.add(issue(name, "invalid_value", constant.toString(), received(value)));
      }
    };
  }

  /** {@code true} or {@code false}. */
  static Rule bool() {
    return (value, name, issues) -> {
      if (!value.isBoolean()) {
        issues.add(typeIssue(name, "boolean", value));
      }
    };
  }

  /**
   * A query parameter's text that is an integer from {@code min} to {@code max}, written as the
   * API reads it: optional minus sign and decimal digits.
   */
  static Rule integerText(int min, int max) {
    String expected = "integer between " + min + " and " + max;
    return (value, name, issues) -> {
      String text = value.asText();
      boolean fits = false;
      if (text.matches("-?[0-9]{1,10}")) {
        long number = Long.parseLong(text);
        fits = number >= min && number <= max;
      }
      if (!fits) {
        issues.add(issue(name, "invalid_integer", expected, received(value)));
      }
    };
  }

  /** Any JSON object. */
  static Rule anyObject() {
    return (value, name, issues) -> {
      if (!value.isObject()) {
        issues.add(typeIssue(name, "object", value));
      }
    };
  }

  /** {@code null}, or a value {@code rule} accepts. */
  static Rule nullable(Rule rule) {
    return (value, name, issues) -> {
      if (!value.isNull()) {
        rule.check(value, name, issues);
      }
    };
  }

  /** An array of at least {@code minItems} values, each of which {@code items} accepts. */
  static Rule arrayOf(Rule items, int minItems) {
    return (value, name, issues) -> {
      if (!value.isArray()) {
        issues.add(typeIssue(name, "array", value));
        return;
      }
      if (value.size() < minItems) {
        issues.add(issue(name, "too_small", "at least " + minItems + " item(s)", value.size() + " item(s)"));
      }
      for (int i = 0; i < value.size(); i++) {
        items.check(value.get(i), name + "[" + i + "]", issues);
      }
    };
  }

  /** An object with the properties that {@link ObjectRule}'s methods add. */
  static ObjectRule object() {
    return new ObjectRule(new LinkedHashMap<>(), Set.of(), false, 0, List.of());
  }

  /** A field issue. */
  static ApiProblem.FieldIssue issue(String name, String issue, String expected, String received) {
    return new ApiProblem.FieldIssue(name, issue, expected, received);
  }

  /** The issue of a value of the wrong JSON type; it names the type received, not the value. */
  static ApiProblem.FieldIssue typeIssue(String name, String expected, JsonNode value) {
    return issue(name, "invalid_type", expected, typeName(value));
  }

  /** The JSON type of {@code value}, as an issue's {@code received} names it. */
  static String typeName(JsonNode value) {
    if (value.isNull()) {
      return "null";
    }
    if (value.isTextual()) {
      return "string";
    }
    if (value.isBoolean()) {
      return "boolean";
    }
    if (value.isIntegralNumber()) {
      return "integer";
    }
    if (value.isNumber()) {
      return "number";
    }
    return value.isArray() ? "array" : "object";
  }

  /** What an issue repeats of a value: a string itself (cut short), else its JSON type. */
  static String received(JsonNode value) {
    if (!value.isTextual()) {
      return value.isValueNode() ? value.asText() : typeName(value);
    }
    String text = value.textValue();
    return text.length() > MAX_RECEIVED ? text.substring(0, MAX_RECEIVED) + "..." : text;
  }

  /** A string with a length range, a pattern, or a format. */
  record StringRule(
      int minLength, int maxLength, @Nullable Pattern pattern, @Nullable String patternText, @Nullable String format)
      implements Rule {
    StringRule minLength(int min) {
      return new StringRule(min, maxLength, pattern, patternText, format);
    }

    StringRule maxLength(int max) {
      return new StringRule(minLength, max, pattern, patternText, format);
    }

    /** Matching {@code regex} (a JSON Schema {@code pattern}: found anywhere unless anchored). */
    StringRule pattern(String regex) {
      return new StringRule(minLength, maxLength, Pattern.compile(regex), regex, format);
    }

    /** {@code format: uri}: an absolute URI (RFC 3986), with a scheme. */
    StringRule uri() {
      return new StringRule(minLength, maxLength, pattern, patternText, "uri");
    }

    @Override
    public void check(JsonNode value, String name, List<ApiProblem.FieldIssue> issues) {
      if (!value.isTextual()) {
        issues.add(typeIssue(name, format != null ? "string (" + format + ")" : "string", value));
        return;
      }
      String text = value.textValue();
      int length = text.codePointCount(0, text.length());
      if (length < minLength) {
        issues.add(issue(name, "too_small", "at least " + minLength + " character(s)", length + " character(s)"));
      }
      if (length > maxLength) {
        issues.add(issue(name, "too_big", "at most " + maxLength + " characters", length + " characters"));
      }
      if (pattern != null && !pattern.matcher(text).find()) {
        issues.add(issue(name, "invalid_string", "a string matching " + patternText, received(value)));
      }
      if ("uri".equals(format) && !isAbsoluteUri(text)) {
        issues.add(issue(name, "invalid_string", "an absolute URI such as https://example.com/path", received(value)));
      }
    }

    private static boolean isAbsoluteUri(String text) {
      try {
        return new URI(text).isAbsolute();
      } catch (URISyntaxException e) {
        return false;
      }
    }
  }

  /**
   * An object: its required and optional properties with their rules, whether it allows others
   * ({@code additionalProperties: false} is {@link #closed()}), its {@code minProperties}, and
   * rules over the whole object (the contract's {@code if}/{@code then}).
   */
  record ObjectRule(
      Map<String, Rule> properties, Set<String> required, boolean othersRefused, int minProperties, List<Rule> whole)
      implements Rule {
    ObjectRule required(String property, Rule rule) {
      Map<String, Rule> more = new LinkedHashMap<>(properties);
      more.put(property, rule);
      Set<String> requiredMore = new LinkedHashSet<>(required);
      requiredMore.add(property);
      return new ObjectRule(more, requiredMore, othersRefused, minProperties, whole);
    }

    ObjectRule optional(String property, Rule rule) {
      Map<String, Rule> more = new LinkedHashMap<>(properties);
      more.put(property, rule);
      return new ObjectRule(more, required, othersRefused, minProperties, whole);
    }

    /** No property but the listed ones ({@code additionalProperties: false}). */
    ObjectRule closed() {
      return new ObjectRule(properties, required, true, minProperties, whole);
    }

    ObjectRule minProperties(int min) {
      return new ObjectRule(properties, required, othersRefused, min, whole);
    }

    /** A rule over the whole object, checked when its properties passed. */
    ObjectRule and(Rule rule) {
      List<Rule> more = new ArrayList<>(whole);
      more.add(rule);
      return new ObjectRule(properties, required, othersRefused, minProperties, more);
    }

    @Override
    public void check(JsonNode value, String name, List<ApiProblem.FieldIssue> issues) {
      if (!value.isObject()) {
        issues.add(typeIssue(name.isEmpty() ? "body" : name, "object", value));
        return;
      }
      String prefix = name.isEmpty() ? "" : name + ".";
      int before = issues.size();
      for (String property : required) {
        if (!value.has(property)) {
          issues.add(issue(prefix + property, "required", "a value", "undefined"));
        }
      }
      for (Map.Entry<String, JsonNode> member : value.properties()) {
        Rule rule = properties.get(member.getKey());
        if (rule != null) {
          rule.check(member.getValue(), prefix + member.getKey(), issues);
        } else if (othersRefused) {
          issues.add(issue(prefix + member.getKey(), "unrecognized_key", "one of " + String.join(", ", properties.keySet()), member.getKey()));
        }
      }
      if (value.size() < minProperties) {
        issues.add(issue(name.isEmpty() ? "body" : name, "too_small", "at least " + minProperties + " of " + String.join(", ", properties.keySet()), value.size() + " properties"));
      }
      if (issues.size() == before) {
        for (Rule rule : whole) {
          rule.check(value, name, issues);
        }
      }
    }
  }
}
