package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Map;

/**
 * Reads a sealed union whose variant a string property names ({@code type}): the JSON object is
 * read once as a tree, then bound to the variant the property selects, or to the union's unknown
 * variant when the value is missing or one this SDK does not know.
 *
 * @param <T> the union type
 */
public abstract class DiscriminatedDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  /** The discriminating property. */
  private final String property;

  /** The variant for each known value of the property. */
  private final Map<String, Class<? extends T>> variants;

  /** The variant for any other value. */
  private final Class<? extends T> unknownVariant;

  /**
   * Creates the deserializer.
   *
   * @param union the union type
   * @param property the discriminating property
   * @param variants the variant for each known value of the property
   * @param unknownVariant the variant for any other value
   */
  protected DiscriminatedDeserializer(
      Class<T> union,
      String property,
      Map<String, Class<? extends T>> variants,
      Class<? extends T> unknownVariant) {
    super(union);
    this.property = property;
    this.variants = Map.copyOf(variants);
    this.unknownVariant = unknownVariant;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT && p.currentToken() != JsonToken.FIELD_NAME) {
      @SuppressWarnings("unchecked")
      T unexpected = (T) ctxt.handleUnexpectedToken(handledType(), p);
      return unexpected;
    }
    JsonNode tree = ctxt.readTree(p);
    JsonNode discriminator = tree.get(property);
    Class<? extends T> variant =
        discriminator != null && discriminator.isTextual()
            ? variants.getOrDefault(discriminator.textValue(), unknownVariant)
            : unknownVariant;
    return ctxt.readTreeAsValue(tree, variant);
  }
}
