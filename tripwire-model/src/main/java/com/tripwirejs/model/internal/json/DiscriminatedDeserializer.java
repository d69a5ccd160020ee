package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads a sealed union whose variant a string property names ({@code type}): the JSON object is
 * buffered as tokens, then bound to the variant the property selects, or to the union's unknown
 * variant when the value is missing or one this SDK does not know. The buffer keeps every number
 * as its text, so the variant reads exactly what a direct read would (a tree would turn
 * {@code -0.0} into {@code 0}, since free-form numbers are decimals).
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

  /** Lets the mapper keep one instance: it holds no state. */
  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT && p.currentToken() != JsonToken.FIELD_NAME) {
      @SuppressWarnings("unchecked")
      T unexpected = (T) ctxt.handleUnexpectedToken(handledType(), p);
      return unexpected;
    }
    TokenBuffer buffer = ctxt.bufferForInputBuffering(p);
    buffer.forceUseOfBigDecimal(false);
    // Replayed, the object sits where it stands in the input: the failures that name a path from
    // the parser's position (a repeated property name) name the same path as without a buffer.
    buffer.overrideParentContext(new Position(p.getParsingContext().getParent()));
    if (p.currentToken() == JsonToken.START_OBJECT) {
      buffer.copyCurrentStructure(p);
    } else {
      // Called inside an object whose start was already read: buffer the rest of it.
      buffer.writeStartObject();
      do {
        buffer.copyCurrentStructure(p);
      } while (p.nextToken() == JsonToken.FIELD_NAME);
      buffer.writeEndObject();
    }
    @Nullable String discriminator = discriminator(buffer);
    Class<? extends T> variant =
        discriminator == null ? unknownVariant : variants.getOrDefault(discriminator, unknownVariant);
    try (JsonParser variantParser = buffer.asParserOnFirstToken()) {
      return ctxt.readValue(variantParser, variant);
    }
  }

  /** The string value of the discriminating property at the object's top level, if any. */
  private @Nullable String discriminator(TokenBuffer buffer) throws IOException {
    try (JsonParser scan = buffer.asParserOnFirstToken()) {
      while (scan.nextToken() == JsonToken.FIELD_NAME) {
        boolean discriminating = property.equals(scan.currentName());
        JsonToken value = scan.nextToken();
        if (discriminating) {
          return value == JsonToken.VALUE_STRING ? scan.getText() : null;
        }
        scan.skipChildren();
      }
      return null;
    }
  }

  /**
   * The position of a buffered object in its container, as the buffer's replay takes it: the
   * replay counts the object as the container's next value, so the position is one value before
   * the object's own.
   */
  private static final class Position extends JsonStreamContext {
    private final JsonStreamContext container;

    Position(JsonStreamContext container) {
      super(
          container.inArray() ? TYPE_ARRAY : container.inObject() ? TYPE_OBJECT : TYPE_ROOT,
          container.getCurrentIndex() - 1);
      this.container = container;
    }

    @Override
    public @Nullable JsonStreamContext getParent() {
      return container.getParent();
    }

    @Override
    public @Nullable String getCurrentName() {
      return container.getCurrentName();
    }
  }
}
