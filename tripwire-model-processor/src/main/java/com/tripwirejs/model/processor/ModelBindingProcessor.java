package com.tripwirejs.model.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.type.WildcardType;
import javax.tools.Diagnostic;

/**
 * Writes the JSON binding of every model class: for each {@code @Value.Immutable} class that is a
 * {@code TripwireObject}, a package-private class {@code <Name>Binding} beside it that extends
 * {@code com.tripwirejs.model.internal.json.ModelBinding}. It describes the class's JSON
 * properties, so that the runtime reads no annotations by reflection, and creates the class's
 * builder, sets each property on it, builds, and reads each property back, as plain method calls.
 *
 * <p>The JSON properties are the public no-argument accessors annotated with {@code @JsonProperty}
 * and not with {@code @JsonIgnore}, declared or inherited: the JSON name and {@code required} come
 * from that annotation, nullability from a JSpecify {@code @Nullable} on the return type, and the
 * order from the fields of the class Immutables generates for the model class, which follow the
 * order of its attributes, the order the API documents. A required property that answers of older
 * generations of the API lack carries {@code @AbsentInOlderGenerations} (its {@code nullable =
 * false} says that a present value is never null), and its class an {@code absentProperties()}
 * attribute that the binding records them in.
 */
@SupportedAnnotationTypes("org.immutables.value.Value.Immutable")
public final class ModelBindingProcessor extends AbstractProcessor {

  private static final String MODEL = "com.tripwirejs.model.TripwireObject";
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  private static final String NULLABLE = "org.jspecify.annotations.Nullable";
  private static final String EXPLICIT_NULLS = "explicitNulls";
  private static final String ABSENT_IN_OLDER =
      "com.tripwirejs.model.internal.AbsentInOlderGenerations";
  private static final String ABSENT_PROPERTIES = "absentProperties";

  /** The model classes seen whose bindings are not written yet, by qualified name. */
  private final Set<String> pending = new LinkedHashSet<>();

  /** Creates the processor; javac calls this. */
  public ModelBindingProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement model = processingEnv.getElementUtils().getTypeElement(MODEL);
    if (model != null) {
      TypeMirror modelType = processingEnv.getTypeUtils().erasure(model.asType());
      for (TypeElement annotation : annotations) {
        for (Element element : round.getElementsAnnotatedWith(annotation)) {
          if (element.getKind() == ElementKind.CLASS
              && processingEnv.getTypeUtils().isAssignable(
                  processingEnv.getTypeUtils().erasure(element.asType()), modelType)) {
            pending.add(((TypeElement) element).getQualifiedName().toString());
          }
        }
      }
    }
    // A binding lists the properties in the order of the fields of the class Immutables
    // generates, which exists from the round after the model class is seen.
    for (Iterator<String> it = pending.iterator(); it.hasNext(); ) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(it.next());
      TypeElement generated = type == null ? null : immutableClassOf(type);
      if (generated != null) {
        write(type, generated);
        it.remove();
      } else if (round.processingOver()) {
        if (type != null) {
          error(
              type,
              "Immutables generated no " + immutableName(type) + " beside this model class: model"
                  + " classes use the shared @TripwireStyle, whose generated classes are named so");
        }
        it.remove();
      }
    }
    return false;
  }

  private static String immutableName(TypeElement type) {
    return "Immutable" + type.getSimpleName();
  }

  private TypeElement immutableClassOf(TypeElement type) {
    PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
    String name =
        pkg.isUnnamed() ? immutableName(type) : pkg.getQualifiedName() + "." + immutableName(type);
    return processingEnv.getElementUtils().getTypeElement(name);
  }

  /**
   * One JSON property: its name, the accessor, the type its setter takes, its class, how to build
   * its Jackson type, and whether the API always sends it and whether it may be null.
   */
  private record Property(
      String jsonName,
      String accessor,
      String cast,
      String rawType,
      String javaType,
      boolean required,
      boolean nullable,
      boolean absentInOlder) {}

  private void write(TypeElement type, TypeElement generated) {
    List<Property> properties = new ArrayList<>();
    boolean explicitNulls = false;
    boolean absentProperties = false;
    ExecutableElement builderFactory = null;
    for (Element member : processingEnv.getElementUtils().getAllMembers(type)) {
      if (member.getKind() != ElementKind.METHOD) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) member;
      String name = method.getSimpleName().toString();
      Set<Modifier> modifiers = method.getModifiers();
      if (!modifiers.contains(Modifier.PUBLIC) || !method.getParameters().isEmpty()) {
        continue;
      }
      if (modifiers.contains(Modifier.STATIC)) {
        if (name.equals("builder") && method.getEnclosingElement().equals(type)) {
          builderFactory = method;
        }
        continue;
      }
      if (name.equals(EXPLICIT_NULLS)) {
        explicitNulls = true;
      }
      if (name.equals(ABSENT_PROPERTIES)) {
        absentProperties = true;
      }
      AnnotationMirror json = annotation(method, JSON_PROPERTY);
      if (json == null || annotation(method, JSON_IGNORE) != null) {
        continue;
      }
      String jsonName = stringValue(json, "value");
      TypeMirror returnType = method.getReturnType();
      String javaType = javaType(returnType, method);
      if (javaType == null) {
        return;
      }
      AnnotationMirror absent = annotation(method, ABSENT_IN_OLDER);
      boolean required = stringValue(json, "required").equals("true");
      if (absent != null && !required) {
        error(method, "@AbsentInOlderGenerations marks a property with required = true");
        return;
      }
      properties.add(
          new Property(
              jsonName.isEmpty() ? name : jsonName,
              name,
              castFor(returnType),
              rawType(returnType),
              javaType,
              required,
              (annotation(returnType, NULLABLE) != null || annotation(method, NULLABLE) != null)
                  && (absent == null || !stringValue(absent, "nullable").equals("false")),
              absent != null));
    }
    if (builderFactory == null) {
      error(type, "A model class needs a public static builder()");
      return;
    }
    if (!absentProperties && properties.stream().anyMatch(Property::absentInOlder)) {
      error(
          type,
          "A model class with @AbsentInOlderGenerations properties declares a Set<String>"
              + " absentProperties() attribute that records them");
      return;
    }
    if (properties.size() > Long.SIZE) {
      error(type, "A model class has at most " + Long.SIZE + " JSON properties");
      return;
    }
    Set<String> jsonNames = new LinkedHashSet<>();
    for (Property property : properties) {
      if (!jsonNames.add(property.jsonName())) {
        error(type, "Two accessors map to the JSON property \"" + property.jsonName() + "\"");
        return;
      }
    }
    // The order of the generated class's fields, which Immutables declares in attribute order:
    // the order the API documents, in which JSON is written and first expected.
    Map<String, Integer> order = new LinkedHashMap<>();
    for (Element field : generated.getEnclosedElements()) {
      if (field.getKind() == ElementKind.FIELD) {
        order.putIfAbsent(field.getSimpleName().toString(), order.size());
      }
    }
    properties.sort(
        Comparator.comparing((Property p) -> order.getOrDefault(p.accessor(), Integer.MAX_VALUE))
            .thenComparing(Property::accessor));
    String builder = qualifiedName(builderFactory.getReturnType());
    PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
    String modelName = type.getQualifiedName().toString();
    String bindingName = flatName(type) + "Binding";
    String source =
        source(
            pkg, modelName, bindingName, builder, properties, explicitNulls, absentProperties);
    String qualified =
        pkg.isUnnamed() ? bindingName : pkg.getQualifiedName() + "." + bindingName;
    try (Writer out = processingEnv.getFiler().createSourceFile(qualified, type).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      error(type, "Cannot write " + qualified + ": " + e);
    }
  }

  private void error(Element element, String message) {
    processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
  }

  private static String source(
      PackageElement pkg,
      String model,
      String binding,
      String builder,
      List<Property> properties,
      boolean explicitNulls,
      boolean absentProperties) {
    StringBuilder s = new StringBuilder();
    if (!pkg.isUnnamed()) {
      s.append("package ").append(pkg.getQualifiedName()).append(";\n\n");
    }
    s.append("/** The JSON binding of {@link ").append(model).append("}. */\n");
    s.append("@javax.annotation.processing.Generated(\"")
        .append(ModelBindingProcessor.class.getName())
        .append("\")\n");
    s.append("@SuppressWarnings({\"rawtypes\", \"unchecked\"})\n");
    s.append("final class ")
        .append(binding)
        .append(" extends com.tripwirejs.model.internal.json.ModelBinding {\n\n");
    s.append("  ").append(binding).append("() {\n    super(\n        new String[] {");
    for (int i = 0; i < properties.size(); i++) {
      String literal = properties.get(i).jsonName().replace("\\", "\\\\").replace("\"", "\\\"");
      s.append(i == 0 ? "" : ", ").append('"').append(literal).append('"');
    }
    s.append("},\n        new Class<?>[] {");
    for (int i = 0; i < properties.size(); i++) {
      s.append(i == 0 ? "" : ", ").append(properties.get(i).rawType()).append(".class");
    }
    s.append("},\n        new int[] {");
    for (int i = 0; i < properties.size(); i++) {
      Property p = properties.get(i);
      List<String> set = new ArrayList<>();
      if (p.required()) {
        set.add("REQUIRED");
      }
      if (p.nullable()) {
        set.add("NULLABLE");
      }
      if (p.absentInOlder()) {
        set.add("ABSENT_IN_OLDER");
      }
      String flags = set.isEmpty() ? "0" : String.join(" | ", set);
      s.append(i == 0 ? "" : ", ").append(flags);
    }
    s.append("});\n  }\n\n");
    s.append("  @Override\n  protected Object newBuilder() {\n    return ")
        .append(model)
        .append(".builder();\n  }\n\n");
    s.append("  @Override\n  protected void set(Object builder, int property, Object value) {\n");
    s.append("    ").append(builder).append(" b = (").append(builder).append(") builder;\n");
    List<String> cases = new ArrayList<>();
    for (Property p : properties) {
      String argument = p.cast().equals("java.lang.Object") ? "value" : "(" + p.cast() + ") value";
      cases.add("b." + p.accessor() + "(" + argument + ");\n        return;");
    }
    appendSwitch(s, cases);
    s.append("  @Override\n")
        .append("  protected void setUnknownProperties(Object builder, java.util.Map unknown) {\n")
        .append("    ((")
        .append(builder)
        .append(") builder).unknownProperties(unknown);\n  }\n\n");
    s.append("  @Override\n  protected Object build(Object builder) {\n    return ((")
        .append(builder)
        .append(") builder).build();\n  }\n\n");
    s.append("  @Override\n  protected Object get(Object value, int property) {\n");
    s.append("    ").append(model).append(" m = (").append(model).append(") value;\n");
    cases.clear();
    for (Property p : properties) {
      cases.add("return m." + p.accessor() + "();");
    }
    appendSwitch(s, cases);
    s.append("  @Override\n")
        .append("  protected com.fasterxml.jackson.databind.JavaType type(\n")
        .append("      int property,\n")
        .append("      com.fasterxml.jackson.databind.type.TypeFactory types,\n")
        .append("      com.fasterxml.jackson.databind.type.TypeBindings bindings) {\n");
    cases.clear();
    for (Property p : properties) {
      cases.add("return " + p.javaType() + ";");
    }
    appendSwitch(s, cases);
    if (explicitNulls) {
      s.append("  @Override\n  protected boolean tracksExplicitNulls() {\n")
          .append("    return true;\n  }\n\n");
      s.append("  @Override\n")
          .append("  protected void setExplicitNulls(Object builder, java.util.List names) {\n")
          .append("    ((")
          .append(builder)
          .append(") builder).explicitNulls(names);\n  }\n\n");
      s.append("  @Override\n  protected java.util.Set explicitNulls(Object value) {\n")
          .append("    return ((")
          .append(model)
          .append(") value).explicitNulls();\n  }\n\n");
    }
    if (absentProperties) {
      s.append("  @Override\n")
          .append("  protected void setAbsentProperties(Object builder, java.util.List names) {\n")
          .append("    ((")
          .append(builder)
          .append(") builder).absentProperties(names);\n  }\n\n");
      s.append("  @Override\n  protected java.util.Set absentProperties(Object value) {\n")
          .append("    return ((")
          .append(model)
          .append(") value).absentProperties();\n  }\n\n");
    }
    s.setLength(s.length() - 1);
    s.append("}\n");
    return s.toString();
  }

  /** Ends a method with a switch over the property number, one case per property. */
  private static void appendSwitch(StringBuilder s, List<String> cases) {
    s.append("    switch (property) {\n");
    for (int i = 0; i < cases.size(); i++) {
      s.append("      case ").append(i).append(":\n        ").append(cases.get(i)).append('\n');
    }
    s.append("      default:\n        throw noSuchProperty(property);\n    }\n  }\n\n");
  }

  /** The type to cast a property's value to before passing it to the builder's setter. */
  private String castFor(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      return processingEnv
          .getTypeUtils()
          .boxedClass((PrimitiveType) type)
          .getQualifiedName()
          .toString();
    }
    TypeMirror erased = processingEnv.getTypeUtils().erasure(type);
    if (erased.getKind() != TypeKind.DECLARED) {
      return "java.lang.Object";
    }
    String name = qualifiedName(erased);
    // The builder takes any Iterable for a list or set attribute.
    return name.equals("java.util.List") || name.equals("java.util.Set")
        ? "java.lang.Iterable"
        : name;
  }

  /** The source name of a type's class, as in a class literal. */
  private String rawType(TypeMirror type) {
    TypeMirror erased = processingEnv.getTypeUtils().erasure(type);
    if (erased.getKind().isPrimitive()) {
      return erased.getKind().name().toLowerCase(Locale.ROOT);
    }
    if (erased.getKind() == TypeKind.ARRAY) {
      return rawType(((ArrayType) erased).getComponentType()) + "[]";
    }
    return qualifiedName(erased);
  }

  /**
   * An expression that builds a property's Jackson type from the {@code TypeFactory} {@code
   * types} and, for the model's type variables, the {@code TypeBindings} {@code bindings}; null,
   * after reporting the error, for a type a model property cannot have.
   */
  private String javaType(TypeMirror type, Element accessor) {
    if (type.getKind().isPrimitive()
        || type.getKind() == TypeKind.DECLARED
            && ((DeclaredType) type).getTypeArguments().isEmpty()) {
      return "types.constructType(" + rawType(type) + ".class)";
    }
    if (type.getKind() == TypeKind.ARRAY) {
      String component = javaType(((ArrayType) type).getComponentType(), accessor);
      return component == null ? null : "types.constructArrayType(" + component + ")";
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      String fallback = javaType(((TypeVariable) type).getUpperBound(), accessor);
      return fallback == null
          ? null
          : "variable(bindings, \"" + type + "\", " + fallback + ")";
    }
    if (type.getKind() != TypeKind.DECLARED) {
      error(accessor, "A JSON property of a model class cannot have the type " + type);
      return null;
    }
    StringBuilder s = new StringBuilder("types.constructParametricType(");
    s.append(rawType(type)).append(".class");
    for (TypeMirror argument : ((DeclaredType) type).getTypeArguments()) {
      TypeMirror bound = argument;
      if (argument.getKind() == TypeKind.WILDCARD) {
        TypeMirror upper = ((WildcardType) argument).getExtendsBound();
        bound =
            upper != null
                ? upper
                : processingEnv.getElementUtils().getTypeElement("java.lang.Object").asType();
      }
      String expression = javaType(bound, accessor);
      if (expression == null) {
        return null;
      }
      s.append(", ").append(expression);
    }
    return s.append(')').toString();
  }

  private static String qualifiedName(TypeMirror declared) {
    return ((TypeElement) ((DeclaredType) declared).asElement()).getQualifiedName().toString();
  }

  /** The simple names of a class and the classes it is nested in, joined by underscores. */
  private static String flatName(TypeElement type) {
    String name = type.getSimpleName().toString();
    Element enclosing = type.getEnclosingElement();
    while (enclosing instanceof TypeElement) {
      name = enclosing.getSimpleName() + "_" + name;
      enclosing = enclosing.getEnclosingElement();
    }
    return name;
  }

  private static AnnotationMirror annotation(AnnotatedConstruct element, String qualifiedName) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(qualifiedName)) {
        return mirror;
      }
    }
    return null;
  }

  private static String stringValue(AnnotationMirror mirror, String name) {
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      if (entry.getKey().getSimpleName().contentEquals(name)) {
        return String.valueOf(entry.getValue().getValue());
      }
    }
    return "";
  }
}
