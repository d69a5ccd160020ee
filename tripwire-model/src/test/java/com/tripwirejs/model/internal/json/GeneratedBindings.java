package com.tripwirejs.model.internal.json;

import com.tripwirejs.model.internal.AbsentInOlderGenerations;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;

/**
 * Checks that the bindings the model's annotation processor writes at build time describe each
 * model class as its compiled class file does: the same JSON properties, in the order of the fields
 * Immutables generates, with the same types, required flags and nullability. The expected
 * description is read by reflection, independently of the processor. For the model's own test and
 * for modules with model classes of their own, such as {@code tripwire-gate}.
 */
public final class GeneratedBindings {

  private static final TypeFactory TYPES = TypeFactory.defaultInstance();

  private GeneratedBindings() {}

  /**
   * One test per model class of the classes directory or jar that holds {@code anchor}.
   *
   * @param anchor any class of the module whose model classes to check
   * @param atLeast how many model classes the module has at least (fails if fewer are found)
   */
  public static Stream<DynamicTest> everyModelClassOf(Class<?> anchor, int atLeast) throws Exception {
    List<Class<?>> models = modelClasses(anchor);
    assertTrue(models.size() >= atLeast, "found only " + models.size() + " model classes");
    return models.stream()
        .map(model -> DynamicTest.dynamicTest(model.getSimpleName(), () -> assertDescribed(model)));
  }

  private static void assertDescribed(Class<?> model) {
    List<Method> accessors = jsonAccessors(model);
    ModelMetadata metadata = ModelMetadata.of(model);
    assertEquals(
        accessors.stream().map(GeneratedBindings::jsonName).toList(),
        metadata.properties.stream().map(p -> p.jsonName).toList(),
        "JSON names in documented order");
    TypeBindings bindings = TYPES.constructType(model).getBindings();
    for (int i = 0; i < accessors.size(); i++) {
      Method accessor = accessors.get(i);
      ModelProperty property = metadata.properties.get(i);
      String where = model.getSimpleName() + "." + accessor.getName();
      assertEquals(i, property.index, where);
      assertEquals(accessor.getReturnType(), property.rawType, where);
      assertEquals(
          TYPES.resolveMemberType(accessor.getGenericReturnType(), bindings),
          property.type(TYPES, bindings),
          where);
      assertEquals(accessor.getAnnotation(JsonProperty.class).required(), property.required, where);
      AbsentInOlderGenerations absent = accessor.getAnnotation(AbsentInOlderGenerations.class);
      assertEquals(
          accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class)
              && (absent == null || absent.nullable()),
          property.nullable,
          where);
      assertEquals(absent != null, property.absentInOlder, where);
    }
  }

  /**
   * The JSON accessors of a model class: public, no arguments, annotated {@code @JsonProperty} and
   * not {@code @JsonIgnore}, in the order of the fields of the class Immutables generated for it.
   */
  private static List<Method> jsonAccessors(Class<?> model) {
    List<Method> accessors = new ArrayList<>();
    for (Method m : model.getMethods()) {
      if (m.getParameterCount() == 0
          && !Modifier.isStatic(m.getModifiers())
          && m.isAnnotationPresent(JsonProperty.class)
          && !m.isAnnotationPresent(JsonIgnore.class)) {
        accessors.add(m);
      }
    }
    Map<String, Integer> order = new LinkedHashMap<>();
    for (Field field : immutableClassOf(model).getDeclaredFields()) {
      order.putIfAbsent(field.getName(), order.size());
    }
    accessors.sort(
        Comparator.comparing((Method m) -> order.getOrDefault(m.getName(), Integer.MAX_VALUE))
            .thenComparing(Method::getName));
    return accessors;
  }

  private static String jsonName(Method accessor) {
    String name = accessor.getAnnotation(JsonProperty.class).value();
    return name.isEmpty() ? accessor.getName() : name;
  }

  private static Class<?> immutableClassOf(Class<?> model) {
    try {
      return Class.forName(model.getPackageName() + ".Immutable" + model.getSimpleName());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(model + " has no Immutables class", e);
    }
  }

  /** Every model class of a module's main code: the classes with a binding beside them. */
  private static List<Class<?>> modelClasses(Class<?> anchor) throws IOException, URISyntaxException {
    Path root = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> models = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        String name = root.relativize(file).toString();
        if (name.endsWith("Binding.class") && !name.contains("$")) {
          String binding = name.substring(0, name.length() - ".class".length()).replace('/', '.');
          String model = binding.substring(0, binding.length() - "Binding".length());
          try {
            models.add(Class.forName(model));
          } catch (ClassNotFoundException e) {
            // A binding whose name is not a class's, such as ModelBinding itself.
          }
        }
      }
    }
    models.sort(Comparator.comparing(Class::getName));
    return models;
  }
}
