package com.tripwirejs.model.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.common.Envelope;
import com.tripwirejs.model.common.ListEnvelope;
import com.tripwirejs.model.internal.json.FiniteDoubleDeserializer;
import com.tripwirejs.model.internal.json.ModelBindingException;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;

/**
 * The one JSON configuration of the SDK: every Tripwire JSON document the project reads or writes
 * goes through here.
 *
 * <p>The configuration, and why:
 *
 * <ul>
 *   <li>Model objects map property names exactly as the API spells them (snake_case) and keep
 *       properties they do not know, see {@link TripwireObject}.
 *   <li>Values must have the JSON type the API documents: no strings read as numbers or numbers as
 *       strings, no fractions truncated into integers, no null for a primitive, no number beyond
 *       the range of its Java type.
 *   <li>Input is untrusted: duplicate keys, trailing content after the document, nesting deeper
 *       than {@value #MAX_NESTING_DEPTH} levels and strings longer than {@value #MAX_STRING_LENGTH}
 *       characters are rejected, and error messages never quote input.
 *   <li>Numbers in free-form JSON (unknown properties and other untyped values) are kept exactly,
 *       as decimals, so they are written back as they came, however large or precise.
 *   <li>Timestamps are written as {@code 2026-03-24T20:00:00.000Z}.
 * </ul>
 *
 * <p>Failures are {@link TripwireJsonException}s that name the JSON path. The class holds no
 * mutable state; {@link #newObjectMapper()} gives a private mapper with the same configuration for
 * code that needs one of its own.
 */
public final class TripwireJson {

  /** The deepest nesting of arrays and objects accepted in input. */
  public static final int MAX_NESTING_DEPTH = 200;

  /** The longest string value accepted in input, in characters. */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

  private static final ObjectMapper MAPPER = newObjectMapper();
  private static final ObjectReader READER = MAPPER.reader();

  /**
   * For model classes, whose deserializers check every object they read for duplicate names
   * themselves (see {@code ModelDeserializer}): the parser's own check, a set of names per object,
   * is a fifth of the time a typed read takes.
   */
  private static final ObjectReader MODEL_READER =
      READER.with(
          MAPPER.getFactory()
              .rebuild()
              .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
              .build());
  private static final ObjectWriter WRITER = MAPPER.writer();

  private TripwireJson() {}

  /**
   * Creates a new mapper with the SDK's configuration. Each call returns an independent instance
   * that the caller may configure further.
   *
   * @return a new configured mapper
   */
  public static ObjectMapper newObjectMapper() {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_NESTING_DEPTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .build();
    ObjectMapper mapper =
        JsonMapper.builder(factory)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // JSON trees inside model objects are read without the parser's duplicate check.
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            // Free-form JSON (unknown properties, JsonNode values) keeps every number exactly:
            // as a double, 1e400 would become Infinity and be written back as "Infinity".
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .addModule(
                new SimpleModule("tripwire-numbers")
                    .addDeserializer(Double.class, FiniteDoubleDeserializer.WRAPPER)
                    .addDeserializer(Double.TYPE, FiniteDoubleDeserializer.PRIMITIVE))
            .build();
    mapper
        .coercionConfigFor(LogicalType.Textual)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
    for (LogicalType scalar :
        new LogicalType[] {LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
      mapper
          .coercionConfigFor(scalar)
          .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
          .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
    mapper
        .coercionConfigFor(LogicalType.Boolean)
        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail);
    return mapper;
  }

  /**
   * Reads a JSON document as the given type.
   *
   * @param json UTF-8 JSON
   * @param type the model type, or any type Jackson can bind
   * @param <T> the result type
   * @return the value
   * @throws TripwireJsonException when the JSON is malformed or does not match the type
   */
  public static <T> T read(byte[] json, Class<T> type) {
    return read(json, typeFactory().constructType(type));
  }

  /**
   * Reads a JSON document as the given type.
   *
   * @param json the JSON text
   * @param type the model type, or any type Jackson can bind
   * @param <T> the result type
   * @return the value
   * @throws TripwireJsonException when the JSON is malformed or does not match the type
   */
  public static <T> T read(String json, Class<T> type) {
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a JSON document as the given, possibly generic, type.
   *
   * @param json UTF-8 JSON
   * @param type the type, for example from {@link #envelopeType(Class)}
   * @param <T> the result type
   * @return the value
   * @throws TripwireJsonException when the JSON is malformed or does not match the type
   */
  public static <T> T read(byte[] json, JavaType type) {
    try {
      ObjectReader reader = ModelDeserializer.reads(type.getRawClass()) ? MODEL_READER : READER;
      T value = reader.forType(type).readValue(json);
      if (value == null) {
        throw new TripwireJsonException("Expected a JSON value but found null", "$", json);
      }
      return value;
    } catch (IOException e) {
      throw translate(e, json);
    } catch (NumberFormatException e) {
      throw numberOutOfRange(json);
    }
  }

  /**
   * Reads a success body {@code {"data": ..., "meta": ...}} whose data is one object.
   *
   * @param json UTF-8 JSON
   * @param dataType the type of {@code data}
   * @param <T> the data type
   * @return the envelope
   * @throws TripwireJsonException when the JSON is malformed or does not match
   */
  public static <T> Envelope<T> readEnvelope(byte[] json, Class<T> dataType) {
    return read(json, envelopeType(dataType));
  }

  /**
   * Reads a list body {@code {"data": [...], "pagination": ..., "meta": ...}}.
   *
   * @param json UTF-8 JSON
   * @param itemType the type of the items of {@code data}
   * @param <T> the item type
   * @return the envelope
   * @throws TripwireJsonException when the JSON is malformed or does not match
   */
  public static <T> ListEnvelope<T> readListEnvelope(byte[] json, Class<T> itemType) {
    return read(json, listEnvelopeType(itemType));
  }

  /**
   * The type of {@code Envelope<T>} for {@link #read(byte[], JavaType)}.
   *
   * @param dataType the type of {@code data}
   * @return the parameterized type
   */
  public static JavaType envelopeType(Class<?> dataType) {
    return typeFactory().constructParametricType(Envelope.class, dataType);
  }

  /**
   * The type of {@code ListEnvelope<T>} for {@link #read(byte[], JavaType)}.
   *
   * @param itemType the type of the items of {@code data}
   * @return the parameterized type
   */
  public static JavaType listEnvelopeType(Class<?> itemType) {
    return typeFactory().constructParametricType(ListEnvelope.class, itemType);
  }

  /**
   * Binds a JSON tree to a type.
   *
   * @param tree the JSON tree
   * @param type the target type
   * @param <T> the result type
   * @return the value
   * @throws TripwireJsonException when the tree does not match the type
   */
  public static <T> T fromTree(JsonNode tree, Class<T> type) {
    try {
      return READER.forType(type).readValue(READER.treeAsTokens(tree));
    } catch (IOException e) {
      throw translate(e, tree.toString().getBytes(StandardCharsets.UTF_8));
    } catch (NumberFormatException e) {
      throw numberOutOfRange(tree.toString().getBytes(StandardCharsets.UTF_8));
    }
  }

  /**
   * Parses JSON into a tree without binding it to a type.
   *
   * @param json UTF-8 JSON
   * @return the tree
   * @throws TripwireJsonException when the JSON is malformed
   */
  public static JsonNode readTree(byte[] json) {
    try {
      JsonNode tree = READER.readTree(json);
      if (tree == null || tree.isMissingNode()) {
        throw new TripwireJsonException("Expected a JSON value but found nothing", "$", json);
      }
      return tree;
    } catch (IOException e) {
      throw translate(e, json);
    } catch (NumberFormatException e) {
      throw numberOutOfRange(json);
    }
  }

  /**
   * Writes a value as compact UTF-8 JSON.
   *
   * @param value a model object or any value Jackson can write
   * @return the JSON bytes
   */
  public static byte[] writeBytes(Object value) {
    try {
      return WRITER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write " + value.getClass().getName() + " as JSON", e);
    }
  }

  /**
   * Writes a value as compact JSON text.
   *
   * @param value a model object or any value Jackson can write
   * @return the JSON text
   */
  public static String write(Object value) {
    return new String(writeBytes(value), StandardCharsets.UTF_8);
  }

  /**
   * Converts a value to its JSON tree.
   *
   * @param value a model object or any value Jackson can write
   * @return the tree
   */
  public static JsonNode toTree(Object value) {
    return MAPPER.valueToTree(value);
  }

  private static TypeFactory typeFactory() {
    return MAPPER.getTypeFactory();
  }

  /**
   * Jackson reports a number whose exponent does not fit an {@code int} (such as {@code 1e9999999999})
   * as a NumberFormatException that quotes the number; the message here does not quote the input.
   */
  private static TripwireJsonException numberOutOfRange(byte[] json) {
    return new TripwireJsonException(
        "A number in the JSON is out of range: its exponent does not fit in 32 bits", "$", json);
  }

  private static TripwireJsonException translate(IOException e, byte[] json) {
    if (isBlank(json)) {
      return new TripwireJsonException(
          "Expected a JSON document but the input is empty", "$", json);
    }
    if (e instanceof StreamConstraintsException) {
      return limitExceeded((StreamConstraintsException) e, json);
    }
    if (e.getCause() instanceof StreamConstraintsException) {
      return limitExceeded((StreamConstraintsException) e.getCause(), json);
    }
    if (e instanceof InvalidDefinitionException) {
      // A defect of the type being read, not of the input: no input values in this message.
      throw new IllegalStateException(
          "Cannot bind JSON to this type: " + ((InvalidDefinitionException) e).getOriginalMessage(),
          e);
    }
    if (e instanceof JsonMappingException) {
      JsonMappingException mapping = (JsonMappingException) e;
      String path = path(mapping, false);
      // The keys of a JSON object read as a map come from the input: the message leaves them out.
      String where = path(mapping, true);
      Throwable cause = mapping.getCause();
      if (mapping instanceof ModelBindingException) {
        return new TripwireJsonException(mapping.getOriginalMessage() + " at " + where, path, json);
      }
      if (cause instanceof InputCoercionException) {
        return new TripwireJsonException("Number out of range at " + where, path, json);
      }
      if (cause instanceof StreamReadException) {
        return malformed((StreamReadException) cause, json);
      }
      if (isTrailingContent(mapping)) {
        return new TripwireJsonException(
            "Unexpected content after the JSON document" + location(mapping), "$", json);
      }
      if (mapping instanceof MismatchedInputException) {
        Class<?> target = ((MismatchedInputException) mapping).getTargetType();
        return new TripwireJsonException(
            "Expected " + describe(target) + " at " + where + found(mapping, json), path, json);
      }
      if (mapping instanceof ValueInstantiationException
          && cause instanceof IllegalArgumentException
          && isModelClass(((ValueInstantiationException) mapping).getType().getRawClass())) {
        // Checks of the model's own types: their messages describe the rule, not the input.
        return new TripwireJsonException(cause.getMessage() + " at " + where, path, json);
      }
      return new TripwireJsonException(
          "Invalid value at " + where + " (" + mapping.getClass().getSimpleName() + ")",
          path,
          json);
    }
    if (e instanceof InputCoercionException) {
      String path = path((StreamReadException) e);
      return new TripwireJsonException("Number out of range at " + path, path, json);
    }
    if (e instanceof StreamReadException) {
      return malformed((StreamReadException) e, json);
    }
    return new TripwireJsonException(
        "Cannot read JSON: " + e.getClass().getSimpleName(), "$", json);
  }

  private static TripwireJsonException limitExceeded(StreamConstraintsException e, byte[] json) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    String what =
        message.contains("nesting")
            ? "JSON nests arrays and objects deeper than " + MAX_NESTING_DEPTH + " levels"
            : message.contains("String value length")
                ? "JSON has a string longer than " + MAX_STRING_LENGTH + " characters"
                : "JSON exceeds a size limit of the reader";
    return new TripwireJsonException(what, "$", json);
  }

  private static boolean isBlank(byte[] json) {
    for (byte b : json) {
      if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether Jackson rejected a second value after the document ({@code FAIL_ON_TRAILING_TOKENS}).
   */
  private static boolean isTrailingContent(JsonMappingException e) {
    String message = e.getOriginalMessage();
    return e instanceof MismatchedInputException
        && e.getPath().isEmpty()
        && message != null
        && message.startsWith("Trailing token");
  }

  private static String location(JsonProcessingException e) {
    return e.getLocation() == null
        ? ""
        : " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr();
  }

  private static TripwireJsonException malformed(StreamReadException e, byte[] json) {
    String where = location(e);
    String what =
        e.getMessage() != null && e.getMessage().contains("Duplicate field")
            ? "Duplicate property in JSON object"
            : "Malformed JSON";
    return new TripwireJsonException(what + where, path(e), json);
  }

  private static boolean isModelClass(Class<?> type) {
    return type.getName().startsWith("com.tripwirejs.model.");
  }

  /**
   * What the input holds at the path of a type mismatch, such as {@code ", found a string"}. The
   * parser has moved on or been closed by the time a failure is translated, so the input is parsed
   * again; that only happens on failure and is bounded by the same limits as the first read.
   */
  private static String found(JsonMappingException e, byte[] json) {
    JsonNode node;
    try {
      node = READER.readTree(json);
    } catch (IOException | RuntimeException notJson) {
      return "";
    }
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (node == null) {
        return "";
      }
      if (ref.getFieldName() != null) {
        node = node.isObject() ? node.get(ref.getFieldName()) : null;
      } else if (ref.getIndex() >= 0) {
        node = node.isArray() ? node.get(ref.getIndex()) : null;
      }
    }
    if (node == null || node.isMissingNode()) {
      return "";
    }
    switch (node.getNodeType()) {
      case OBJECT:
        return ", found an object";
      case ARRAY:
        return ", found an array";
      case STRING:
        return ", found a string";
      case NUMBER:
        return node.isIntegralNumber() ? ", found an integer" : ", found a number with a fraction";
      case BOOLEAN:
        return ", found a boolean";
      case NULL:
        return ", found null";
      default:
        return "";
    }
  }

  private static String describe(Class<?> type) {
    if (type == null) {
      return "another value";
    }
    if (type == String.class || type == Secret.class || OpenEnum.class.isAssignableFrom(type)) {
      return "a string";
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      return "an integer";
    }
    if (type == double.class || type == Double.class || Number.class.isAssignableFrom(type)) {
      return "a number";
    }
    if (type == boolean.class || type == Boolean.class) {
      return "a boolean";
    }
    if (type == Instant.class) {
      return "a timestamp string";
    }
    if (JsonNode.class.isAssignableFrom(type)) {
      return "a JSON value";
    }
    if (type.isArray() || Collection.class.isAssignableFrom(type)) {
      return "an array";
    }
    if (Map.class.isAssignableFrom(type) || TripwireObject.class.isAssignableFrom(type)) {
      return "an object";
    }
    return "a " + type.getSimpleName();
  }

  /**
   * The JSON path of a binding failure. With {@code redactKeys}, the keys of objects read as maps,
   * which come from the input rather than from the API's schema, show as {@code *}.
   */
  private static String path(JsonMappingException e, boolean redactKeys) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        if (redactKeys && !(ref.getFrom() instanceof Class)) {
          path.append(".*");
        } else {
          appendField(path, ref.getFieldName());
        }
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String path(StreamReadException e) {
    JsonParser parser = e.getProcessor();
    if (parser != null) {
      JsonStreamContext context = parser.getParsingContext();
      StringBuilder path = new StringBuilder();
      for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
        StringBuilder segment = new StringBuilder();
        if (c.inObject() && c.getCurrentName() != null) {
          appendField(segment, c.getCurrentName());
        } else if (c.inArray()) {
          segment.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
        }
        path.insert(0, segment);
      }
      return "$" + path;
    }
    return "$";
  }

  private static void appendField(StringBuilder path, String name) {
    if (name.matches("[A-Za-z0-9_]+")) {
      path.append('.').append(name);
    } else {
      path.append("['").append(name.replace("\\", "\\\\").replace("'", "\\'")).append("']");
    }
  }
}
