package com.tripwirejs.model.internal.json;

import com.tripwirejs.model.TripwireObject;
import java.lang.reflect.Constructor;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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
  final ModelBinding binding;

  private ModelMetadata(Class<?> modelClass) {
    this.binding = bindingOf(modelClass);
    List<ModelProperty> all = new ArrayList<>(binding.size());
    for (int i = 0; i < binding.size(); i++) {
      all.add(new ModelProperty(binding, i));
    }
    this.properties = List.copyOf(all);
  }

  /** The metadata of a model class or of one of its generated implementations. */
  static ModelMetadata of(Class<?> type) {
    return CACHE.get(type);
  }

  Set<String> explicitNulls(Object value) {
    return binding.explicitNulls(value);
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
