package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What the JSON binding needs to know about one model class, read once from its annotations.
 *
 * <p>A model class is a public abstract {@link TripwireObject} with a public static {@code
 * builder()}. Its JSON properties are the accessors annotated with {@link JsonProperty}: {@code
 * required = true} marks a property the API always sends (written even when null), a JSpecify
 * {@code @Nullable} return type one that may be null. Values are built through the class's
 * Immutables builder, so every check the builder makes still applies.
 */
final class ModelMetadata {

  /** The name of the optional attribute that records optional properties sent as explicit null. */
  static final String EXPLICIT_NULLS = "explicitNulls";

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
  private final Map<String, ModelProperty> byJsonName;
  final long requiredMask;
  private final Method builderFactory;
  private final Method buildMethod;
  private final Method unknownPropertiesSetter;
  private final @Nullable Method explicitNullsAccessor;
  private final @Nullable Method explicitNullsSetter;
  private volatile Supplier<Object> newBuilder;
  private volatile Function<Object, Object> build;
  private volatile BiFunction<Object, Object, Object> setUnknownProperties;
  private volatile @Nullable Function<Object, Object> explicitNulls;
  private volatile @Nullable BiFunction<Object, Object, Object> setExplicitNulls;
  private final UseCount reads = new UseCount(this::compileReading);
  private final UseCount writes = new UseCount(this::compileWriting);

  private ModelMetadata(Class<?> modelClass) {
    this.modelClass = modelClass;
    try {
      this.builderFactory = modelClass.getMethod("builder");
      Class<?> builderType = builderFactory.getReturnType();
      this.buildMethod = builderType.getMethod("build");
      this.unknownPropertiesSetter = builderType.getMethod("unknownProperties", Map.class);
      this.explicitNullsAccessor = findMethod(modelClass, EXPLICIT_NULLS);
      this.explicitNullsSetter =
          explicitNullsAccessor == null
              ? null
              : builderType.getMethod(EXPLICIT_NULLS, Iterable.class);
      bindReading(false);
      bindWriting(false);
      this.properties = introspectProperties(modelClass, builderType);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(
          modelClass.getName() + " is not a model class: " + e.getMessage(), e);
    }
    if (properties.size() > Long.SIZE) {
      throw new IllegalStateException(modelClass.getName() + " has more than 64 JSON properties");
    }
    Map<String, ModelProperty> names = new HashMap<>();
    long required = 0;
    for (ModelProperty property : properties) {
      if (names.put(property.jsonName, property) != null) {
        throw new IllegalStateException(
            modelClass.getName() + " maps two accessors to \"" + property.jsonName + "\"");
      }
      if (property.required) {
        required |= 1L << property.index;
      }
    }
    this.byJsonName = names;
    this.requiredMask = required;
  }

  /** The metadata of a model class or of one of its generated implementations. */
  static ModelMetadata of(Class<?> type) {
    return CACHE.get(type);
  }

  @Nullable ModelProperty property(String jsonName) {
    return byJsonName.get(jsonName);
  }

  /**
   * The property named {@code jsonName}, tried first at {@code expected}: the API sends properties
   * in the order the model declares them, and the names the parser hands out are interned like
   * the model's, so reading an object in order finds each property with one identity comparison.
   */
  @Nullable ModelProperty property(String jsonName, int expected) {
    if (expected < properties.size()) {
      ModelProperty next = properties.get(expected);
      if (next.jsonName == jsonName) {
        return next;
      }
    }
    return byJsonName.get(jsonName);
  }

  /**
   * Records that an object of this class was read; the {@value UseCount#COMPILE_AFTER}th compiles
   * the accessors that reading uses (the builder's), and only those.
   */
  void usedToRead() {
    reads.use();
  }

  /**
   * Records that an object of this class was written; the {@value UseCount#COMPILE_AFTER}th
   * compiles the accessors that writing uses (the model's getters).
   */
  void usedToWrite() {
    writes.use();
  }

  /** Whether the accessors that reading uses are compiled. */
  boolean readingCompiled() {
    return reads.compiled();
  }

  /** Whether the accessors that writing uses are compiled. */
  boolean writingCompiled() {
    return writes.compiled();
  }

  private void compileReading() {
    compileQuietly(
        () -> {
          bindReading(true);
          for (ModelProperty property : properties) {
            property.bindSetter(true);
          }
        });
  }

  private void compileWriting() {
    compileQuietly(
        () -> {
          bindWriting(true);
          for (ModelProperty property : properties) {
            property.bindGetter(true);
          }
        });
  }

  /** Binding that may fail: the accessors bound before keep working, only the speed-up is lost. */
  private interface Binding {
    void bind() throws ReflectiveOperationException;
  }

  private static void compileQuietly(Binding binding) {
    try {
      binding.bind();
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Reflection keeps working; only the speed-up is lost.
    }
  }

  /** Binds the builder's class-level accessors reflectively, or compiled; see {@link Accessors}. */
  private void bindReading(boolean compile) throws ReflectiveOperationException {
    newBuilder = Accessors.supplier(builderFactory, compile);
    build = Accessors.function(buildMethod, compile);
    setUnknownProperties = Accessors.biFunction(unknownPropertiesSetter, compile);
    setExplicitNulls =
        explicitNullsSetter == null ? null : Accessors.biFunction(explicitNullsSetter, compile);
  }

  /** Binds the model's class-level accessors reflectively, or compiled. */
  private void bindWriting(boolean compile) throws ReflectiveOperationException {
    explicitNulls =
        explicitNullsAccessor == null ? null : Accessors.function(explicitNullsAccessor, compile);
  }

  boolean tracksExplicitNulls() {
    return explicitNullsAccessor != null;
  }

  Object newBuilder() {
    return newBuilder.get();
  }

  Object build(Object builder) {
    return build.apply(builder);
  }

  void setUnknownProperties(Object builder, Map<String, JsonNode> unknown) {
    setUnknownProperties.apply(builder, unknown);
  }

  void setExplicitNulls(Object builder, List<String> names) {
    BiFunction<Object, Object, Object> setter = setExplicitNulls;
    if (setter != null) {
      setter.apply(builder, names);
    }
  }

  @SuppressWarnings("unchecked")
  Set<String> explicitNulls(Object value) {
    Function<Object, Object> accessor = explicitNulls;
    if (accessor == null) {
      return Collections.emptySet();
    }
    return (Set<String>) accessor.apply(value);
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

  private static List<ModelProperty> introspectProperties(Class<?> modelClass, Class<?> builderType)
      throws ReflectiveOperationException {
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
      result.add(
          new ModelProperty(
              jsonName,
              json.required(),
              nullable,
              result.size(),
              accessor,
              builderSetter(builderType, accessor)));
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

  private static Method builderSetter(Class<?> builderType, Method accessor)
      throws NoSuchMethodException {
    Class<?> raw = accessor.getReturnType();
    Class<?> parameter =
        List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw) ? Iterable.class : raw;
    return builderType.getMethod(accessor.getName(), parameter);
  }

  private static @Nullable Method findMethod(Class<?> type, String name) {
    try {
      return type.getMethod(name);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
