package com.tripwirejs.model.spec;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.apikey.UnknownApiKey;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Visits a typed model value through its public accessors and reports what did not bind to a
 * type: entries of unknown-property bags, open-enum values the SDK does not know, and unknown
 * union variants. Calling every accessor also proves they all answer.
 */
public final class ModelWalker {

  /** What the walk found, each with the JSON path where it was found. */
  public record Report(
      List<String> unknownProperties, List<String> unknownEnumValues, List<String> unknownVariants) {

    /** Whether every property, enum value and variant was known. */
    public boolean fullyTyped() {
      return unknownProperties.isEmpty() && unknownEnumValues.isEmpty() && unknownVariants.isEmpty();
    }
  }

  private final List<String> unknownProperties = new ArrayList<>();
  private final List<String> unknownEnumValues = new ArrayList<>();
  private final List<String> unknownVariants = new ArrayList<>();

  private ModelWalker() {}

  /** Walks a value and reports what it found. */
  public static Report walk(Object value) {
    ModelWalker walker = new ModelWalker();
    walker.visit("$", value);
    return new Report(
        List.copyOf(walker.unknownProperties),
        List.copyOf(walker.unknownEnumValues),
        List.copyOf(walker.unknownVariants));
  }

  private void visit(String path, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof OpenEnum) {
      if (!((OpenEnum<?>) value).isKnown()) {
        unknownEnumValues.add(path + "=" + value);
      }
      return;
    }
    if (value instanceof List) {
      List<?> list = (List<?>) value;
      for (int i = 0; i < list.size(); i++) {
        visit(path + "[" + i + "]", list.get(i));
      }
      return;
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        visit(path + "." + entry.getKey(), entry.getValue());
      }
      return;
    }
    if (!(value instanceof TripwireObject)) {
      return;
    }
    if (value instanceof UnknownApiKey || value instanceof UnknownWebhookEvent) {
      unknownVariants.add(path + ": " + value.getClass().getSuperclass().getSimpleName());
    }
    for (String name : ((TripwireObject) value).unknownProperties().keySet()) {
      unknownProperties.add(path + "." + name);
    }
    Class<?> model = publicType(value.getClass());
    for (Method accessor : model.getMethods()) {
      JsonProperty json = accessor.getAnnotation(JsonProperty.class);
      if (json == null || accessor.getParameterCount() != 0 || Modifier.isStatic(accessor.getModifiers())) {
        continue;
      }
      try {
        visit(path + "." + json.value(), accessor.invoke(value));
      } catch (IllegalAccessException e) {
        throw new AssertionError(e);
      } catch (InvocationTargetException e) {
        throw new AssertionError("Accessor " + path + "." + json.value() + " failed", e.getCause());
      }
    }
  }

  /** The public model class a generated implementation extends. */
  private static Class<?> publicType(Class<?> type) {
    Class<?> c = type;
    while (!Modifier.isPublic(c.getModifiers())) {
      c = c.getSuperclass();
    }
    return c;
  }
}
