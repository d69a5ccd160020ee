package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads an open enum from its JSON string through the class's {@link JsonCreator} factory, {@code
 * of(String)}: reflectively for its first calls, so that a short-lived JVM defines no class for
 * it, then as compiled code, since open enums are among the most frequent values of a response.
 * Anything but a string is an error.
 */
public final class OpenEnumDeserializer extends StdDeserializer<Object>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  /**
   * The configured instance of each open enum class. What an instance holds depends only on its
   * class, so every mapper can share it.
   */
  private static final ClassValue<OpenEnumDeserializer> CONFIGURED =
      new ClassValue<>() {
        @Override
        protected OpenEnumDeserializer computeValue(Class<?> type) {
          Method creator = creator(type);
          return new OpenEnumDeserializer(
              type, creator == null ? null : Accessors.compiledAfterUse(creator));
        }
      };

  private final transient @Nullable Function<Object, Object> factory;

  /** The unconfigured instance Jackson creates from the annotation; it is never used to read. */
  public OpenEnumDeserializer() {
    super(Object.class);
    this.factory = null;
  }

  private OpenEnumDeserializer(Class<?> type, @Nullable Function<Object, Object> factory) {
    super(type);
    this.factory = factory;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    return of(ctxt, TargetTypes.of(ctxt, property, "an open enum deserializer"));
  }

  /** The deserializer of one open enum type. */
  static JsonDeserializer<Object> of(DeserializationContext ctxt, JavaType type)
      throws JsonMappingException {
    OpenEnumDeserializer configured = CONFIGURED.get(type.getRawClass());
    if (configured.factory == null) {
      return ctxt.reportBadDefinition(
          type,
          type.getRawClass().getName() + " has no public static @JsonCreator method taking a String");
    }
    return configured;
  }

  /** Lets the mapper keep this instance; what it configures depends only on the type. */
  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    Function<Object, Object> of = factory;
    if (of == null) {
      return ctxt.reportBadDefinition(Object.class, "Open enum deserializer used without type");
    }
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      return ctxt.handleUnexpectedToken(handledType(), p);
    }
    return of.apply(p.getText());
  }

  private static @Nullable Method creator(Class<?> type) {
    for (Method method : type.getMethods()) {
      if (method.isAnnotationPresent(JsonCreator.class)
          && Modifier.isStatic(method.getModifiers())
          && method.getParameterCount() == 1
          && method.getParameterTypes()[0] == String.class
          && type.isAssignableFrom(method.getReturnType())) {
        return method;
      }
    }
    return null;
  }
}
