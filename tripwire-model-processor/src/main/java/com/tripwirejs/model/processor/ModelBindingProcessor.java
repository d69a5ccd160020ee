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
 * properties, so that the runtime reads no annotations by reflection, reads each property of a
 * built value back, and holds the class's own read loop: a switch on the name of each property of
 * the object read that reads its value with the parser's own calls (strings, booleans, numbers,
 * timestamps, open enums), with the read loop of a nested model class, or, for other types and
 * other tokens, with the deserializer the mapper resolved, and sets it on the class's builder; the
 * checks every model class makes (duplicate names, nulls, required properties, unknown properties,
 * paths of failures) are shared in {@code ModelBinding}.
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
      boolean absentInOlder,
      Kind kind,
      String factory) {}

  /**
   * How the generated read loop reads a property's value: with the parser's own calls when the
   * value has the token of the property's type ({@code STRING} to {@code OPEN_ENUM}), through the
   * nested class's read loop ({@code MODEL}), or with the deserializer the mapper resolved
   * ({@code OTHER}: lists, maps, JSON trees, unions, type variables).
   */
  private enum Kind {
    STRING("VALUE_STRING", "p.getText()"),
    BOOLEAN(null, "t == com.fasterxml.jackson.core.JsonToken.VALUE_TRUE"),
    INT("VALUE_NUMBER_INT", "p.getIntValue()"),
    LONG("VALUE_NUMBER_INT", "p.getLongValue()"),
    DOUBLE("VALUE_NUMBER_FLOAT", "finiteDouble(p)"),
    INSTANT("VALUE_STRING", "instant(p)"),
    OPEN_ENUM("VALUE_STRING", null),
    MODEL("START_OBJECT", null),
    OTHER(null, null);

    final String token;
    final String read;

    Kind(String token, String read) {
      this.token = token;
      this.read = read;
    }
  }

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
              absent != null,
              kindOf(returnType),
              openEnumFactory(returnType)));
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
    s.append("  /** The JSON names, by property number; literals, so interned. */\n");
    s.append("  private static final String[] NAMES = {");
    for (int i = 0; i < properties.size(); i++) {
      s.append(i == 0 ? "" : ", ").append('"').append(literal(properties.get(i).jsonName())).append('"');
    }
    s.append("};\n\n");
    s.append("  ").append(binding).append("() {\n    super(\n        NAMES.clone(),\n        new Class<?>[] {");
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
    appendRead(s, model, builder, properties, explicitNulls, absentProperties);
    s.append("  @Override\n  protected Object get(Object value, int property) {\n");
    s.append("    ").append(model).append(" m = (").append(model).append(") value;\n");
    List<String> cases = new ArrayList<>();
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
      s.append("  @Override\n  protected java.util.Set explicitNulls(Object value) {\n")
          .append("    return ((")
          .append(model)
          .append(") value).explicitNulls();\n  }\n\n");
    }
    if (absentProperties) {
      s.append("  @Override\n  protected java.util.Set absentProperties(Object value) {\n")
          .append("    return ((")
          .append(model)
          .append(") value).absentProperties();\n  }\n\n");
    }
    s.setLength(s.length() - 1);
    s.append("}\n");
    return s.toString();
  }

  private static final String TOKEN = "com.fasterxml.jackson.core.JsonToken.";

  /**
   * The class's read loop: a switch on each property name of the object read, each case reading
   * the value with the parser's own calls, the nested class's loop, or the mapper's deserializer,
   * and setting it on the builder; then the checks of the whole object and the build.
   */
  private static void appendRead(
      StringBuilder s,
      String model,
      String builder,
      List<Property> properties,
      boolean explicitNulls,
      boolean absentProperties) {
    long required = 0;
    long absent = 0;
    boolean nested = false;
    for (int i = 0; i < properties.size(); i++) {
      Property p = properties.get(i);
      if (p.absentInOlder()) {
        absent |= 1L << i;
      } else if (p.required()) {
        required |= 1L << i;
      }
      nested |= p.kind() == Kind.MODEL;
    }
    s.append("  @Override\n")
        .append("  public Object read(\n")
        .append("      com.fasterxml.jackson.core.JsonParser p,\n")
        .append("      com.fasterxml.jackson.databind.DeserializationContext ctxt,\n")
        .append("      com.tripwirejs.model.internal.json.ModelDeserializer d)\n")
        .append("      throws java.io.IOException {\n")
        .append("    com.fasterxml.jackson.core.JsonToken t = p.currentToken();\n")
        .append("    if (t == " + TOKEN + "START_OBJECT) {\n")
        .append("      t = p.nextToken();\n")
        .append("    } else if (t != " + TOKEN + "FIELD_NAME && t != " + TOKEN + "END_OBJECT) {\n")
        .append("      return ctxt.handleUnexpectedToken(d.type(), p);\n")
        .append("    }\n")
        .append("    long direct = d.prepare(ctxt);\n")
        .append("    ").append(builder).append(" b = ").append(model).append(".builder();\n")
        .append("    long seen = 0L;\n")
        .append("    java.util.Map unknown = null;\n");
    if (explicitNulls) {
      s.append("    java.util.List nulls = null;\n");
    }
    if (nested) {
      s.append("    com.tripwirejs.model.internal.json.ModelDeserializer n;\n");
    }
    s.append("    String at = null;\n")
        .append("    Object v = null;\n")
        .append("    int next = 0;\n")
        .append("    try {\n")
        .append("      for (String name = t == " + TOKEN + "FIELD_NAME ? p.currentName() : null;\n")
        .append("          name != null;\n")
        .append("          name = p.nextFieldName()) {\n")
        .append("        // The API sends properties in documented order, and the parser's names are\n")
        .append("        // interned as the constants are: mostly one comparison finds the property.\n")
        .append("        int property = next < NAMES.length && name == NAMES[next] ? next : property(name);\n")
        .append("        switch (property) {\n");
    for (int i = 0; i < properties.size(); i++) {
      Property p = properties.get(i);
      String bit = "0x" + Long.toHexString(1L << i) + "L";
      String set = "b." + p.accessor() + "(";
      s.append("          case ").append(i).append(":\n");
      s.append("            seen = once(p, name, seen, ").append(bit).append(");\n");
      s.append("            t = p.nextToken();\n");
      s.append("            at = name;\n");
      String prefix = "            if (";
      switch (p.kind()) {
        case STRING:
        case INT:
        case LONG:
        case DOUBLE:
        case INSTANT:
        case OPEN_ENUM:
          s.append(prefix).append("t == ").append(TOKEN).append(p.kind().token);
          if (p.kind() != Kind.INSTANT) {
            s.append(" && (direct & ").append(bit).append(") != 0L");
          }
          s.append(") {\n              ").append(set);
          if (p.kind() == Kind.OPEN_ENUM) {
            s.append(p.factory()).append("(p.getText())");
          } else {
            s.append(p.kind().read);
          }
          s.append(");\n");
          prefix = "            } else if (";
          break;
        case BOOLEAN:
          s.append(prefix)
              .append("(t == " + TOKEN + "VALUE_TRUE || t == " + TOKEN + "VALUE_FALSE)")
              .append(" && (direct & ").append(bit).append(") != 0L) {\n              ")
              .append(set).append(p.kind().read).append(");\n");
          prefix = "            } else if (";
          break;
        case MODEL:
          s.append(prefix)
              .append("t == " + TOKEN + "START_OBJECT && (n = d.nested(").append(i)
              .append(")) != null) {\n              ")
              .append(set).append('(').append(p.cast()).append(") n.binding().read(p, ctxt, n));\n");
          prefix = "            } else if (";
          break;
        default:
          break;
      }
      String argument = p.cast().equals("java.lang.Object") ? "v" : "(" + p.cast() + ") v";
      s.append(prefix).append("(v = d.other(p, ctxt, ").append(i).append(", t)) != null) {\n")
          .append("              ").append(set).append(argument).append(");\n");
      if (explicitNulls && !p.required()) {
        s.append("            } else if (t == " + TOKEN + "VALUE_NULL) {\n")
            .append("              nulls = explicitNull(nulls, name);\n");
      }
      s.append("            }\n            break;\n");
    }
    s.append("          default:\n")
        .append("            unknown = unknown(p, ctxt, unknown, name);\n")
        .append("            property = next - 1;\n")
        .append("        }\n")
        .append("        next = property + 1;\n")
        .append("        at = null;\n")
        .append("        v = null;\n")
        .append("      }\n")
        .append("    } catch (Exception e) {\n")
        .append("      throw failed(p, e, d.rawClass(), at, v);\n")
        .append("    }\n");
    if (required != 0) {
      String mask = "0x" + Long.toHexString(required) + "L";
      s.append("    if ((seen & ").append(mask).append(") != ").append(mask).append(") {\n")
          .append("      throw missing(p, d.rawClass(), ").append(mask).append(" & ~seen);\n")
          .append("    }\n");
    }
    if (absent != 0 && absentProperties) {
      String mask = "0x" + Long.toHexString(absent) + "L";
      s.append("    if ((seen & ").append(mask).append(") != ").append(mask).append(") {\n")
          .append("      // An answer of an older generation: recorded, so that it writes back"
              + " without them.\n")
          .append("      b.absentProperties(absent(").append(mask).append(" & ~seen));\n")
          .append("    }\n");
    }
    s.append("    if (unknown != null) {\n      b.unknownProperties(unknown);\n    }\n");
    if (explicitNulls) {
      s.append("    if (nulls != null) {\n      b.explicitNulls(nulls);\n    }\n");
    }
    s.append("    try {\n")
        .append("      return b.build();\n")
        .append("    } catch (RuntimeException e) {\n")
        .append("      return ctxt.handleInstantiationProblem(d.rawClass(), null, e);\n")
        .append("    }\n")
        .append("  }\n\n");
    s.append("  /** The number of the property with a JSON name, -1 for a name the class does not know. */\n")
        .append("  private static int property(String name) {\n")
        .append("    switch (name) {\n");
    for (int i = 0; i < properties.size(); i++) {
      s.append("      case \"")
          .append(literal(properties.get(i).jsonName()))
          .append("\":\n        return ").append(i).append(";\n");
    }
    s.append("      default:\n        return -1;\n    }\n  }\n\n");
  }

  /** The text of a string literal with a value. */
  private static String literal(String value) {
    return value.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  /** Ends a method with a switch over the property number, one case per property. */
  private static void appendSwitch(StringBuilder s, List<String> cases) {
    s.append("    switch (property) {\n");
    for (int i = 0; i < cases.size(); i++) {
      s.append("      case ").append(i).append(":\n        ").append(cases.get(i)).append('\n');
    }
    s.append("      default:\n        throw noSuchProperty(property);\n    }\n  }\n\n");
  }

  private static final String OPEN_ENUM = "com.tripwirejs.model.OpenEnum";
  private static final String JSON_CREATOR = "com.fasterxml.jackson.annotation.JsonCreator";

  /** How the read loop reads a value of {@code type}. */
  private Kind kindOf(TypeMirror type) {
    switch (type.getKind()) {
      case BOOLEAN:
        return Kind.BOOLEAN;
      case INT:
        return Kind.INT;
      case LONG:
        return Kind.LONG;
      case DOUBLE:
        return Kind.DOUBLE;
      case DECLARED:
        break;
      default:
        return Kind.OTHER;
    }
    if (!((DeclaredType) type).getTypeArguments().isEmpty()) {
      return Kind.OTHER;
    }
    switch (qualifiedName(type)) {
      case "java.lang.String":
        return Kind.STRING;
      case "java.lang.Boolean":
        return Kind.BOOLEAN;
      case "java.lang.Integer":
        return Kind.INT;
      case "java.lang.Long":
        return Kind.LONG;
      case "java.lang.Double":
        return Kind.DOUBLE;
      case "java.time.Instant":
        return Kind.INSTANT;
      default:
        break;
    }
    if (!openEnumFactory(type).isEmpty()) {
      return Kind.OPEN_ENUM;
    }
    TypeElement model = processingEnv.getElementUtils().getTypeElement(MODEL);
    if (model != null
        && processingEnv.getTypeUtils().isAssignable(
            processingEnv.getTypeUtils().erasure(type),
            processingEnv.getTypeUtils().erasure(model.asType()))) {
      return Kind.MODEL;
    }
    return Kind.OTHER;
  }

  /**
   * The {@code @JsonCreator} factory taking a string of an open enum class, as {@code
   * Type.method}; empty for any other type.
   */
  private String openEnumFactory(TypeMirror type) {
    TypeElement openEnum = processingEnv.getElementUtils().getTypeElement(OPEN_ENUM);
    if (type.getKind() != TypeKind.DECLARED
        || openEnum == null
        || !processingEnv.getTypeUtils().isAssignable(
            processingEnv.getTypeUtils().erasure(type),
            processingEnv.getTypeUtils().erasure(openEnum.asType()))) {
      return "";
    }
    TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
    for (Element member : element.getEnclosedElements()) {
      if (member.getKind() == ElementKind.METHOD
          && member.getModifiers().contains(Modifier.PUBLIC)
          && member.getModifiers().contains(Modifier.STATIC)
          && annotation(member, JSON_CREATOR) != null) {
        ExecutableElement method = (ExecutableElement) member;
        if (method.getParameters().size() == 1
            && method.getParameters().get(0).asType().toString().equals("java.lang.String")
            && processingEnv.getTypeUtils().isSameType(
                processingEnv.getTypeUtils().erasure(method.getReturnType()),
                processingEnv.getTypeUtils().erasure(type))) {
          return element.getQualifiedName() + "." + method.getSimpleName();
        }
      }
    }
    return "";
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
