package com.tripwirejs.model.spec;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Compares JSON trees as JSON values: object properties in any order, numbers by value ({@code 10}
 * equals {@code 10.0}), and two timestamps by the instant they name ({@code ...00.000Z} equals
 * {@code ...00Z}).
 */
public final class JsonTrees {

  private JsonTrees() {}

  /**
   * The first difference between two trees, as a path and a description, or empty when they are
   * equal.
   */
  public static Optional<String> difference(JsonNode expected, JsonNode actual) {
    return difference("$", expected, actual);
  }

  private static Optional<String> difference(String path, JsonNode expected, JsonNode actual) {
    if (expected.isNumber() && actual.isNumber()) {
      return expected.decimalValue().compareTo(actual.decimalValue()) == 0
          ? Optional.empty()
          : Optional.of(path + ": expected " + expected + " but was " + actual);
    }
    if (expected.isTextual() && actual.isTextual()) {
      if (expected.textValue().equals(actual.textValue())
          || sameInstant(expected.textValue(), actual.textValue())) {
        return Optional.empty();
      }
      return Optional.of(path + ": expected " + expected + " but was " + actual);
    }
    if (expected.getNodeType() != actual.getNodeType()) {
      return Optional.of(
          path + ": expected " + expected.getNodeType() + " but was " + actual.getNodeType());
    }
    if (expected.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      expected.fieldNames().forEachRemaining(names::add);
      actual.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        String child = path + "." + name;
        if (!expected.has(name)) {
          return Optional.of(child + ": unexpected property");
        }
        if (!actual.has(name)) {
          return Optional.of(child + ": missing property");
        }
        Optional<String> d = difference(child, expected.get(name), actual.get(name));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    if (expected.isArray()) {
      if (expected.size() != actual.size()) {
        return Optional.of(
            path + ": expected " + expected.size() + " items but was " + actual.size());
      }
      for (int i = 0; i < expected.size(); i++) {
        Optional<String> d = difference(path + "[" + i + "]", expected.get(i), actual.get(i));
        if (d.isPresent()) {
          return d;
        }
      }
      return Optional.empty();
    }
    return expected.equals(actual)
        ? Optional.empty()
        : Optional.of(path + ": expected " + expected + " but was " + actual);
  }

  private static boolean sameInstant(String a, String b) {
    try {
      return OffsetDateTime.parse(a).toInstant().equals(OffsetDateTime.parse(b).toInstant());
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /** Every object node of a tree, depth first, the root first. */
  public static void forEachObject(JsonNode tree, java.util.function.Consumer<JsonNode> action) {
    if (tree.isObject()) {
      action.accept(tree);
      for (Iterator<Map.Entry<String, JsonNode>> it = tree.properties().iterator(); it.hasNext(); ) {
        forEachObject(it.next().getValue(), action);
      }
    } else if (tree.isArray()) {
      for (JsonNode item : tree) {
        forEachObject(item, action);
      }
    }
  }
}
