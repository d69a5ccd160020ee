package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON array into a {@code List} or {@code Set} property of a model class, as a list in
 * input order that the class's builder copies. Anything but an array is an error; a JSON null
 * element is what the element deserializer makes of it, as with Jackson's own collection
 * deserializer, and the builder refuses a null. Used instead of Jackson's collection deserializer,
 * whose creation, once per element type, was a quarter of a fresh JVM's first typed read.
 */
final class ListDeserializer extends StdDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final JavaType listType;
  private final JsonDeserializer<Object> elements;

  ListDeserializer(JavaType listType, JsonDeserializer<Object> elements) {
    super(listType);
    this.listType = listType;
    this.elements = elements;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      return ctxt.handleUnexpectedToken(listType, p);
    }
    List<Object> result = new ArrayList<>();
    for (JsonToken token = p.nextToken(); token != JsonToken.END_ARRAY; token = p.nextToken()) {
      if (token == null) {
        return ctxt.reportInputMismatch(listType, "Unexpected end of input inside an array");
      }
      Object element;
      try {
        element =
            token == JsonToken.VALUE_NULL
                ? elements.getNullValue(ctxt)
                : elements.deserialize(p, ctxt);
      } catch (Exception e) {
        throw ModelDeserializer.atPath(p, e, result, result.size());
      }
      result.add(element);
    }
    return result;
  }
}
