package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.tripwirejs.model.TripwireObject;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * Writes a model object as the API's JSON: known properties in documented order (a required one
 * even when null, an optional one only when set or when it was read as an explicit null, a
 * required one that older generations lack not when it was read from an answer without it), then
 * the unknown properties it was read with.
 */
public final class ModelSerializer extends StdSerializer<Object> {

  private static final long serialVersionUID = 1L;

  /** The instance Jackson creates from the annotation. */
  public ModelSerializer() {
    super(Object.class);
  }

  @Override
  public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    ModelMetadata model = ModelMetadata.of(value.getClass());
    Set<String> explicitNulls = model.explicitNulls(value);
    Set<String> absent = null;
    gen.writeStartObject(value);
    for (ModelProperty property : model.properties) {
      Object propertyValue = property.get(value);
      if (propertyValue == null) {
        if (property.absentInOlder) {
          if (absent == null) {
            absent = model.absentProperties(value);
          }
          if (!property.nullable || absent.contains(property.jsonName)) {
            continue;
          }
        }
        if (property.required || explicitNulls.contains(property.jsonName)) {
          gen.writeNullField(property.jsonName);
        }
        continue;
      }
      gen.writeFieldName(property.jsonName);
      if (propertyValue instanceof Instant) {
        gen.writeString(ApiTimestamps.format((Instant) propertyValue));
      } else {
        provider.defaultSerializeValue(propertyValue, gen);
      }
    }
    for (Map.Entry<String, JsonNode> entry : ((TripwireObject) value).unknownProperties().entrySet()) {
      gen.writeFieldName(entry.getKey());
      provider.defaultSerializeValue(entry.getValue(), gen);
    }
    gen.writeEndObject();
  }
}
