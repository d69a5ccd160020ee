package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import java.io.IOException;

/**
 * Reads a JSON number as a {@code double} that JSON can write back: a number beyond the range of a
 * double is out of range rather than infinity, and the strings {@code "NaN"} and {@code
 * "Infinity"}, which Jackson otherwise accepts for doubles, are strings, not numbers.
 */
public final class FiniteDoubleDeserializer extends NumberDeserializers.DoubleDeserializer {

  private static final long serialVersionUID = 1L;

  /** For {@code Double} values, null when the JSON is null. */
  public static final FiniteDoubleDeserializer WRAPPER =
      new FiniteDoubleDeserializer(Double.class, null);

  /** For {@code double} values. */
  public static final FiniteDoubleDeserializer PRIMITIVE =
      new FiniteDoubleDeserializer(Double.TYPE, 0.0);

  private FiniteDoubleDeserializer(Class<Double> type, Double nullValue) {
    super(type, nullValue);
  }

  @Override
  public Double deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() == JsonToken.VALUE_STRING) {
      return (Double) ctxt.handleUnexpectedToken(handledType(), p);
    }
    Double value = super.deserialize(p, ctxt);
    if (value != null && value.isInfinite()) {
      throw new InputCoercionException(
          p, "Number out of range of a double", p.currentToken(), Double.TYPE);
    }
    return value;
  }
}
