package com.tripwirejs.model.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.PrimitiveType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Writes the JSON binding of every model class: for each {@code @Value.Immutable} class that is a
 * {@code TripwireObject}, a package-private class {@code <Name>Binding} beside it that extends
 * {@code com.tripwirejs.model.internal.json.ModelBinding} and creates the class's builder, sets
 * each JSON property on it, builds, and reads each property back, as plain method calls.
 *
 * <p>The JSON properties are the public no-argument accessors annotated with {@code @JsonProperty}
 * and not with {@code @JsonIgnore}, declared or inherited, as the model's runtime metadata finds
 * them; the binding names them by their JSON names and the runtime matches them by name.
 */
@SupportedAnnotationTypes("org.immutables.value.Value.Immutable")
public final class ModelBindingProcessor extends AbstractProcessor {

  private static final String MODEL = "com.tripwirejs.model.TripwireObject";
  private static final String JSON_PROPERTY = "com.fasterxml.jackson.annotation.JsonProperty";
  private static final String JSON_IGNORE = "com.fasterxml.jackson.annotation.JsonIgnore";
  private static final String EXPLICIT_NULLS = "explicitNulls";

  /** Creates the processor; javac calls this. */
  public ModelBindingProcessor() {}

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    TypeElement model = processingEnv.getElementUtils().getTypeElement(MODEL);
    if (model == null) {
      return false;
    }
    TypeMirror modelType = processingEnv.getTypeUtils().erasure(model.asType());
    for (TypeElement annotation : annotations) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        if (element.getKind() == ElementKind.CLASS
            && processingEnv.getTypeUtils().isAssignable(
                processingEnv.getTypeUtils().erasure(element.asType()), modelType)) {
          write((TypeElement) element);
        }
      }
    }
    return false;
  }

  /** One JSON property: its name, the accessor, the type its setter takes, how to cast to it. */
  private record Property(String jsonName, String accessor, String cast) {}

  private void write(TypeElement type) {
    List<Property> properties = new ArrayList<>();
    boolean explicitNulls = false;
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
      AnnotationMirror json = annotation(method, JSON_PROPERTY);
      if (json == null || annotation(method, JSON_IGNORE) != null) {
        continue;
      }
      String jsonName = stringValue(json, "value");
      String cast = castFor(method.getReturnType());
      properties.add(new Property(jsonName.isEmpty() ? name : jsonName, name, cast));
    }
    if (builderFactory == null) {
      processingEnv
          .getMessager()
          .printMessage(
              Diagnostic.Kind.ERROR, "A model class needs a public static builder()", type);
      return;
    }
    String builder =
        ((TypeElement) ((DeclaredType) builderFactory.getReturnType()).asElement())
            .getQualifiedName()
            .toString();
    PackageElement pkg = processingEnv.getElementUtils().getPackageOf(type);
    String modelName = type.getQualifiedName().toString();
    String bindingName = flatName(type) + "Binding";
    String source = source(pkg, modelName, bindingName, builder, properties, explicitNulls);
    String qualified =
        pkg.isUnnamed() ? bindingName : pkg.getQualifiedName() + "." + bindingName;
    try (Writer out = processingEnv.getFiler().createSourceFile(qualified, type).openWriter()) {
      out.write(source);
    } catch (IOException e) {
      processingEnv
          .getMessager()
          .printMessage(Diagnostic.Kind.ERROR, "Cannot write " + qualified + ": " + e, type);
    }
  }

  private static String source(
      PackageElement pkg,
      String model,
      String binding,
      String builder,
      List<Property> properties,
      boolean explicitNulls) {
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
    s.append("  ").append(binding).append("() {\n    super(new String[] {");
    for (int i = 0; i < properties.size(); i++) {
      String literal = properties.get(i).jsonName().replace("\\", "\\\\").replace("\"", "\\\"");
      s.append(i == 0 ? "" : ", ").append('"').append(literal).append('"');
    }
    s.append("});\n  }\n\n");
    s.append("  @Override\n  protected Object newBuilder() {\n    return ")
        .append(model)
        .append(".builder();\n  }\n\n");
    s.append("  @Override\n  protected void set(Object builder, int property, Object value) {\n");
    s.append("    ").append(builder).append(" b = (").append(builder).append(") builder;\n");
    s.append("    switch (property) {\n");
    for (int i = 0; i < properties.size(); i++) {
      Property p = properties.get(i);
      String argument = p.cast().equals("java.lang.Object") ? "value" : "(" + p.cast() + ") value";
      s.append("      case ")
          .append(i)
          .append(":\n        b.")
          .append(p.accessor())
          .append('(')
          .append(argument)
          .append(");\n        return;\n");
    }
    s.append("      default:\n        throw noSuchProperty(property);\n    }\n  }\n\n");
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
    s.append("    switch (property) {\n");
    for (int i = 0; i < properties.size(); i++) {
      s.append("      case ")
          .append(i)
          .append(":\n        return m.")
          .append(properties.get(i).accessor())
          .append("();\n");
    }
    s.append("      default:\n        throw noSuchProperty(property);\n    }\n  }\n");
    if (explicitNulls) {
      s.append("\n  @Override\n  protected boolean tracksExplicitNulls() {\n")
          .append("    return true;\n  }\n");
      s.append("\n  @Override\n")
          .append("  protected void setExplicitNulls(Object builder, java.util.List names) {\n")
          .append("    ((")
          .append(builder)
          .append(") builder).explicitNulls(names);\n  }\n");
      s.append("\n  @Override\n  protected java.util.Set explicitNulls(Object value) {\n")
          .append("    return ((")
          .append(model)
          .append(") value).explicitNulls();\n  }\n");
    }
    s.append("}\n");
    return s.toString();
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
    String name =
        ((TypeElement) ((DeclaredType) erased).asElement()).getQualifiedName().toString();
    // The builder takes any Iterable for a list or set attribute.
    return name.equals("java.util.List") || name.equals("java.util.Set")
        ? "java.lang.Iterable"
        : name;
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

  private static AnnotationMirror annotation(Element element, String qualifiedName) {
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
