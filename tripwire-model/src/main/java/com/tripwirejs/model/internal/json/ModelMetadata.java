package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the JSON binding needs to know about one model class, read once from its annotations.
 *
 * <p>A model class is a public abstract {@link TripwireObject} with a public static {@code
 * builder()}. Its JSON properties are the accessors annotated with {@link JsonProperty}: {@code
 * required = true} marks a property the API always sends (written even when null), a JSpecify
 * {@code @Nullable} return type one that may be null. Values are built through the class's
 * Immutables builder, so every check the builder makes still applies; the calls to the builder
 * and the accessors go through the class's {@link ModelBinding}, written at build time.
 */
final class ModelMetadata {

  private static final ClassValue<ModelMetadata> CACHE =
      new ClassValue<>() {
        @Override
        protected ModelMetadata computeValue(Class<?> type) {
          Class<?> model = modelClassOf(type);
          return model == type ? new ModelMetadata(model) : of(model);
        }
      };

  final Class<?> modelClass;
  final List<ModelProperty> properties;
  private final String[] names;
  private final Map<String, ModelProperty> byJsonName;
  final long requiredMask;
  private final ModelBinding binding;

  private ModelMetadata(Class<?> modelClass) {
    this.modelClass = modelClass;
    this.binding = bindingOf(modelClass);
    this.properties = introspectProperties(modelClass, binding);
    if (properties.size() > Long.SIZE) {
      throw new IllegalStateException(modelClass.getName() + " has more than 64 JSON properties");
    }
    Map<String, ModelProperty> byName = new HashMap<>();
    long required = 0;
    for (ModelProperty property : properties) {
      if (byName.put(property.jsonName, property) != null) {
        throw new IllegalStateException(
            modelClass.getName() + " maps two accessors to \"" + property.jsonName + "\"");
      }
      if (property.required) {
        required |= 1L << property.index;
      }
    }
    if (binding.names().size() != properties.size()) {
      throw new IllegalStateException(
          bindingName(modelClass) + " binds " + binding.names() + ", not the properties of "
              + modelClass.getName() + ": rebuild the model");
    }
    this.names = new String[properties.size()];
    for (ModelProperty property : properties) {
      names[property.index] = property.jsonName;
    }
    this.byJsonName = byName;
    this.requiredMask = required;
  }

  /** The metadata of a model class or of one of its generated implementations. */
  static ModelMetadata of(Class<?> type) {
    return CACHE.get(type);
  }

  /**
   * The property named {@code jsonName}, tried first at {@code expected}: the API sends properties
   * in the order the model declares them, and the names the parser hands out are interned like
   * the model's, so reading an object in order finds each property with one identity comparison.
   */
  @Nullable ModelProperty property(String jsonName, int expected) {
    if (expected < names.length && names[expected] == jsonName) {
      return properties.get(expected);
    }
    return byJsonName.get(jsonName);
  }

  boolean tracksExplicitNulls() {
    return binding.tracksExplicitNulls();
  }

  Object newBuilder() {
    return binding.newBuilder();
  }

  Object build(Object builder) {
    return binding.build(builder);
  }

  void setUnknownProperties(Object builder, Map<String, JsonNode> unknown) {
    binding.setUnknownProperties(builder, unknown);
  }

  void setExplicitNulls(Object builder, List<String> names) {
    binding.setExplicitNulls(builder, names);
  }

  Set<String> explicitNulls(Object value) {
    return binding.explicitNulls(value);
  }

  /**
   * The name of the binding the model's annotation processor writes for a class: beside it, named
   * after it and the classes it is nested in.
   */
  static String bindingName(Class<?> modelClass) {
    String pkg = modelClass.getPackageName();
    String name = modelClass.getName();
    String nested = pkg.isEmpty() ? name : name.substring(pkg.length() + 1);
    return (pkg.isEmpty() ? "" : pkg + ".") + nested.replace('$', '_') + "Binding";
  }

  private static ModelBinding bindingOf(Class<?> modelClass) {
    String name = bindingName(modelClass);
    try {
      Class<?> type = Class.forName(name, true, modelClass.getClassLoader());
      Constructor<?> constructor = type.getDeclaredConstructor();
      constructor.setAccessible(true);
      return (ModelBinding) constructor.newInstance();
    } catch (ReflectiveOperationException | ClassCastException e) {
      throw new IllegalStateException(
          modelClass.getName() + " has no JSON binding " + name
              + ": the model's annotation processor (tripwire-model-processor) did not run on it",
          e);
    }
  }

  /** The public model class of {@code type}: itself, or the abstract class it implements. */
  private static Class<?> modelClassOf(Class<?> type) {
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      if (Modifier.isPublic(c.getModifiers()) && hasBuilderFactory(c)) {
        return c;
      }
    }
    throw new IllegalStateException(
        type.getName() + " is not a model class: no public static builder() in its hierarchy");
  }

  private static boolean hasBuilderFactory(Class<?> c) {
    try {
      Method m = c.getDeclaredMethod("builder");
      return Modifier.isStatic(m.getModifiers()) && Modifier.isPublic(m.getModifiers());
    } catch (NoSuchMethodException e) {
      return false;
    }
  }

  private static List<ModelProperty> introspectProperties(
      Class<?> modelClass, ModelBinding binding) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : modelClass.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.isAnnotationPresent(JsonProperty.class)
          && !m.isAnnotationPresent(JsonIgnore.class)) {
        accessors.add(m);
      }
    }
    Map<String, Integer> order = declarationOrder(modelClass);
    accessors.sort(
        Comparator.comparing((Method m) -> order.getOrDefault(m.getName(), Integer.MAX_VALUE))
            .thenComparing(Method::getName));
    List<ModelProperty> result = new ArrayList<>(accessors.size());
    for (Method accessor : accessors) {
      JsonProperty json = accessor.getAnnotation(JsonProperty.class);
      String jsonName = json.value().isEmpty() ? accessor.getName() : json.value();
      boolean nullable =
          accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)
              || accessor.isAnnotationPresent(Nullable.class);
      int bindingIndex = binding.indexOf(jsonName);
      if (bindingIndex < 0) {
        throw new IllegalStateException(
            bindingName(modelClass) + " does not bind \"" + jsonName + "\": rebuild the model");
      }
      result.add(
          new ModelProperty(
              jsonName,
              accessor.getGenericReturnType(),
              accessor.getReturnType(),
              json.required(),
              nullable,
              result.size(),
              binding,
              bindingIndex));
    }
    return List.copyOf(result);
  }

  /**
   * The attribute order of the generated class (Immutables declares its fields in the order of the
   * abstract accessors), so that JSON is written in the order the API documents.
   */
  private static Map<String, Integer> declarationOrder(Class<?> modelClass) {
    Map<String, Integer> order = new LinkedHashMap<>();
    try {
      Class<?> generated =
          Class.forName(
              modelClass.getPackageName() + ".Immutable" + modelClass.getSimpleName(),
              false,
              modelClass.getClassLoader());
      for (Field field : generated.getDeclaredFields()) {
        order.putIfAbsent(field.getName(), order.size());
      }
    } catch (ClassNotFoundException e) {
      // No generated class under the conventional name: fall back to name order.
    }
    return order;
  }
}
