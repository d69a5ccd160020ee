package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What the JSON binding needs to know about one model class, taken once from its {@link
 * ModelBinding}, which the model's annotation processor wrote at build time.
 *
 * <p>A model class is an abstract {@link TripwireObject} that Immutables implements. Its JSON
 * properties are the accessors annotated with {@code @JsonProperty}: {@code required = true} marks
 * a property the API always sends (written even when null), a JSpecify {@code @Nullable} return
 * type one that may be null, and {@code AbsentInOlderGenerations} a required property that answers
 * of older generations of the API lack. Values are built through the class's Immutables builder, so
 * every check the builder makes still applies.
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

  final List<ModelProperty> properties;
  private final String[] names;
  private final Map<String, ModelProperty> byJsonName;
  final long requiredMask;
  final long absentInOlderMask;
  private final ModelBinding binding;

  private ModelMetadata(Class<?> modelClass) {
    this.binding = bindingOf(modelClass);
    List<ModelProperty> all = new ArrayList<>(binding.size());
    Map<String, ModelProperty> byName = new HashMap<>();
    this.names = new String[binding.size()];
    long required = 0;
    long absentInOlder = 0;
    for (int i = 0; i < binding.size(); i++) {
      ModelProperty property = new ModelProperty(binding, i);
      all.add(property);
      byName.put(property.jsonName, property);
      names[i] = property.jsonName;
      if (property.absentInOlder) {
        absentInOlder |= 1L << i;
      } else if (property.required) {
        required |= 1L << i;
      }
    }
    this.properties = List.copyOf(all);
    this.byJsonName = byName;
    this.requiredMask = required;
    this.absentInOlderMask = absentInOlder;
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

  void setAbsentProperties(Object builder, List<String> names) {
    binding.setAbsentProperties(builder, names);
  }

  Set<String> absentProperties(Object value) {
    return binding.absentProperties(value);
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

  /**
   * The model class of {@code type}: itself, or the abstract class that it, an Immutables
   * implementation, extends.
   */
  private static Class<?> modelClassOf(Class<?> type) {
    Class<?> c = type;
    while (!Modifier.isAbstract(c.getModifiers())
        && c.getSuperclass() != null
        && c.getSuperclass() != Object.class) {
      c = c.getSuperclass();
    }
    return c;
  }
}
