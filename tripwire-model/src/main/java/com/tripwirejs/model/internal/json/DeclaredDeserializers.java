package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The deserializer class a type's {@link JsonDeserialize} annotation names, its own or the nearest
 * inherited one, as Jackson finds it: the class first, then its superclasses and interfaces.
 */
final class DeclaredDeserializers {

  /** No annotation in the type's hierarchy. */
  static final Class<?> NONE = JsonDeserializer.None.class;

  private static final ClassValue<Class<?>> USING =
      new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
          return find(type);
        }
      };

  private DeclaredDeserializers() {}

  /** The {@code using} class of the annotation that applies to {@code type}, else {@link #NONE}. */
  static Class<?> of(Class<?> type) {
    return USING.get(type);
  }

  private static Class<?> find(Class<?> type) {
    Deque<Class<?>> pending = new ArrayDeque<>();
    Set<Class<?>> seen = new HashSet<>();
    pending.add(type);
    while (!pending.isEmpty()) {
      Class<?> c = pending.removeFirst();
      if (c == Object.class || !seen.add(c)) {
        continue;
      }
      JsonDeserialize annotation = c.getDeclaredAnnotation(JsonDeserialize.class);
      if (annotation != null && annotation.using() != NONE) {
        return annotation.using();
      }
      if (c.getSuperclass() != null) {
        pending.add(c.getSuperclass());
      }
      pending.addAll(List.of(c.getInterfaces()));
    }
    return NONE;
  }
}
