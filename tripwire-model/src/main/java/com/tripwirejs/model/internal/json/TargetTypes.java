package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.jspecify.annotations.Nullable;

/** The type a contextual deserializer is asked to read. */
final class TargetTypes {

  private TargetTypes() {}

  /**
   * The context's type, else the property's.
   *
   * @param what the deserializer, for the error, such as {@code "an open enum deserializer"}
   * @throws JsonMappingException a bad-definition error when neither gives a type
   */
  static JavaType of(DeserializationContext ctxt, @Nullable BeanProperty property, String what)
      throws JsonMappingException {
    JavaType contextual = ctxt.getContextualType();
    if (contextual == null && property != null) {
      contextual = property.getType();
    }
    if (contextual == null) {
      return ctxt.reportBadDefinition(Object.class, "No target type for " + what);
    }
    return contextual;
  }
}
