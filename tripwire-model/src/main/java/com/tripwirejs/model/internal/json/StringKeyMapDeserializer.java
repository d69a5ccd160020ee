package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads a JSON object into a {@code Map<String, V>} property of a model class, in input order, and
 * fails on a key it has already read, as {@link ModelDeserializer} fails on a property name: with
 * both, reading a model class needs no duplicate detection from the parser. Null values are what
 * the value deserializer makes of a JSON null, as with Jackson's own map deserializer.
 */
final class StringKeyMapDeserializer extends StdDeserializer<Object> {

  private static final long serialVersionUID = 1L;

  private final JavaType mapType;
  private final JsonDeserializer<Object> values;

  StringKeyMapDeserializer(JavaType mapType, JsonDeserializer<Object> values) {
    super(mapType);
    this.mapType = mapType;
    this.values = values;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return ctxt.handleUnexpectedToken(mapType, p);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String key = p.currentName();
      if (result.containsKey(key)) {
        throw ModelDeserializer.duplicateProperty(p, key);
      }
      Object value;
      try {
        value =
            p.nextToken() == JsonToken.VALUE_NULL
                ? values.getNullValue(ctxt)
                : values.deserialize(p, ctxt);
      } catch (Exception e) {
        throw ModelDeserializer.atPath(p, e, result, key);
      }
      result.put(key, value);
    }
    return result;
  }
}
