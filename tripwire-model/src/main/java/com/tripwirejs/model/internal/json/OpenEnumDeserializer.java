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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads an open enum from its JSON string through the class's {@link JsonCreator} factory, {@code
 * of(String)}, called as compiled code rather than through reflection: open enums are among the
 * most frequent values of a response. Anything but a string is an error.
 */
public final class OpenEnumDeserializer extends StdDeserializer<Object>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  private final transient @Nullable Function<Object, Object> factory;
  private final transient ConcurrentMap<Class<?>, OpenEnumDeserializer> configured =
      new ConcurrentHashMap<>();

  /** The unconfigured instance Jackson creates from the annotation; it is never used to read. */
  public OpenEnumDeserializer() {
    super(Object.class);
    this.factory = null;
  }

  private OpenEnumDeserializer(Class<?> type, Function<Object, Object> factory) {
    super(type);
    this.factory = factory;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    JavaType contextual = TargetTypes.of(ctxt, property, "an open enum deserializer");
    Class<?> type = contextual.getRawClass();
    if (factory != null && handledType() == type) {
      return this;
    }
    OpenEnumDeserializer cached = configured.get(type);
    if (cached != null) {
      return cached;
    }
    Method creator = creator(type);
    if (creator == null) {
      return ctxt.reportBadDefinition(
          contextual, type.getName() + " has no public static @JsonCreator method taking a String");
    }
    OpenEnumDeserializer created;
    try {
      created = new OpenEnumDeserializer(type, Accessors.function(creator, true));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return ctxt.reportBadDefinition(contextual, "Cannot call " + creator + ": " + e.getMessage());
    }
    OpenEnumDeserializer raced = configured.putIfAbsent(type, created);
    return raced != null ? raced : created;
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
