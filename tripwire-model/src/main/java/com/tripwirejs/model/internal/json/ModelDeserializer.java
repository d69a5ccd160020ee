package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON object into a model class through its builder, in one streaming pass.
 *
 * <p>Strict where the API is: a property the model requires must be present, a non-nullable one
 * must not be null, and every failure names the JSON path. Lenient where forward compatibility
 * needs it: properties the model does not know are kept as raw JSON in the object's unknown
 * properties.
 */
public final class ModelDeserializer extends StdDeserializer<Object>
    implements ContextualDeserializer {

  private static final long serialVersionUID = 1L;

  /** The model type this instance reads, null for the unconfigured instance. */
  private final @Nullable JavaType type;

  private final transient @Nullable ModelMetadata metadata;
  private transient volatile JsonDeserializer<Object> @Nullable [] deserializers;

  /**
   * The configured instances made from one unconfigured instance, by target type, shared by that
   * instance and every instance configured from it. Jackson asks for a contextual deserializer on
   * every nested read (a union's variant is read that way), and each configured instance resolves
   * the deserializers of its properties once: without this cache that work would be repeated for
   * every object read.
   */
  private final transient ConcurrentMap<JavaType, ModelDeserializer> configured;

  /** The unconfigured instance Jackson creates from the annotation; it is never used to read. */
  public ModelDeserializer() {
    super(Object.class);
    this.type = null;
    this.metadata = null;
    this.configured = new ConcurrentHashMap<>();
  }

  private ModelDeserializer(
      JavaType type,
      ModelMetadata metadata,
      ConcurrentMap<JavaType, ModelDeserializer> configured) {
    super(type);
    this.type = type;
    this.metadata = metadata;
    this.configured = configured;
  }

  @Override
  public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
      throws JsonMappingException {
    return configuredFor(ctxt, TargetTypes.of(ctxt, property, "a Tripwire model deserializer"));
  }

  private ModelDeserializer configuredFor(DeserializationContext ctxt, JavaType target)
      throws JsonMappingException {
    if (type != null && type.equals(target)) {
      return this;
    }
    ModelDeserializer cached = configured.get(target);
    if (cached != null) {
      return cached;
    }
    ModelDeserializer created;
    try {
      created = new ModelDeserializer(target, ModelMetadata.of(target.getRawClass()), configured);
    } catch (IllegalStateException e) {
      return ctxt.reportBadDefinition(target, e.getMessage());
    }
    ModelDeserializer raced = configured.putIfAbsent(target, created);
    return raced != null ? raced : created;
  }

  /**
   * Lets the mapper keep this instance: the instances it configures hold only what their type and
   * this mapper's configuration determine.
   */
  @Override
  public boolean isCachable() {
    return true;
  }

  @Override
  public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    ModelMetadata model = metadata;
    JavaType target = type;
    if (model == null || target == null) {
      return ctxt.reportBadDefinition(
          Object.class, "Tripwire model deserializer used without type");
    }
    JsonToken token = p.currentToken();
    if (token == JsonToken.START_OBJECT) {
      token = p.nextToken();
    } else if (token != JsonToken.FIELD_NAME && token != JsonToken.END_OBJECT) {
      return ctxt.handleUnexpectedToken(target, p);
    }
    JsonDeserializer<Object>[] resolved = resolve(ctxt, model, target);
    Object builder = model.newBuilder();
    Map<String, JsonNode> unknown = null;
    List<String> explicitNulls = null;
    long seen = 0;
    int expected = 0;
    for (; token == JsonToken.FIELD_NAME; token = p.nextToken()) {
      String name = p.currentName();
      ModelProperty property = model.property(name, expected);
      if (property == null) {
        if (unknown == null) {
          unknown = new LinkedHashMap<>();
        } else if (unknown.containsKey(name)) {
          throw duplicateProperty(p, name);
        }
        p.nextToken();
        try {
          unknown.put(name, ctxt.readTree(p));
        } catch (MismatchedInputException e) {
          throw duplicateInTree(p, e);
        }
        continue;
      }
      long bit = 1L << property.index;
      if ((seen & bit) != 0) {
        throw duplicateProperty(p, name);
      }
      seen |= bit;
      expected = property.index + 1;
      JsonToken valueToken = p.nextToken();
      Object value;
      try {
        if (valueToken == JsonToken.VALUE_NULL) {
          value =
              property.rawType.isPrimitive() ? null : resolved[property.index].getNullValue(ctxt);
          if (value == null) {
            if (!property.nullable) {
              throw new ModelBindingException(p, property.rawType, "Property must not be null");
            }
            if (!property.required && model.tracksExplicitNulls()) {
              if (explicitNulls == null) {
                explicitNulls = new ArrayList<>();
              }
              explicitNulls.add(name);
            }
            continue;
          }
        } else {
          value = resolved[property.index].deserialize(p, ctxt);
        }
      } catch (Exception e) {
        throw atPath(p, e, target.getRawClass(), name);
      }
      try {
        property.set(builder, value);
      } catch (NullPointerException e) {
        // The builder refuses null elements; Jackson reads a JSON null inside an array or object
        // as one when the mapper lets it.
        throw nullElement(p, target.getRawClass(), name, value);
      }
    }
    long missing = model.requiredMask & ~seen;
    if (missing != 0) {
      ModelProperty first = model.properties.get(Long.numberOfTrailingZeros(missing));
      ModelBindingException e =
          new ModelBindingException(
              p,
              target.getRawClass(),
              "Missing required property" + describeMissing(model, missing));
      e.prependPath(target.getRawClass(), first.jsonName);
      throw e;
    }
    long absent = model.absentInOlderMask & ~seen;
    if (absent != 0) {
      // An answer of an older generation: recorded, so that it writes back without them.
      List<String> names = new ArrayList<>(Long.bitCount(absent));
      for (ModelProperty property : model.properties) {
        if ((absent & (1L << property.index)) != 0) {
          names.add(property.jsonName);
        }
      }
      model.setAbsentProperties(builder, names);
    }
    if (unknown != null) {
      // A new builder holds no unknown properties: only objects with some need the call.
      model.setUnknownProperties(builder, unknown);
    }
    if (explicitNulls != null) {
      model.setExplicitNulls(builder, explicitNulls);
    }
    try {
      return model.build(builder);
    } catch (RuntimeException e) {
      return ctxt.handleInstantiationProblem(target.getRawClass(), null, e);
    }
  }

  /**
   * A property name seen twice in one object, raised with the parser on the second one, the way
   * the parser's own duplicate detection raises it: objects read by this class and the maps among
   * their properties check their names themselves, so a parser reading a model class need not.
   */
  static JsonParseException duplicateProperty(JsonParser p, String name) {
    return new JsonParseException(p, "Duplicate field '" + name + "'");
  }

  /**
   * A duplicate name that Jackson found while reading a JSON tree ({@code
   * FAIL_ON_READING_DUP_TREE_KEY}), raised as {@link #duplicateProperty} at the name, so that it
   * names the path in the input even when {@code p} replays a buffer; any other failure as it is.
   */
  static JsonProcessingException duplicateInTree(JsonParser p, MismatchedInputException e)
      throws IOException {
    String message = e.getOriginalMessage();
    if (message != null && message.startsWith("Duplicate field")) {
      return duplicateProperty(p, p.currentName());
    }
    return e;
  }

  /**
   * A failure reading the value at {@code name} of {@code container} (an object being read, or
   * the class it becomes), with that step added to its path, a duplicate name in a JSON tree first
   * raised as {@link #duplicateInTree} raises it.
   */
  static JsonMappingException atPath(JsonParser p, Exception e, Object container, String name)
      throws IOException {
    return JsonMappingException.wrapWithPath(inTree(p, e), container, name);
  }

  /** As {@link #atPath(JsonParser, Exception, Object, String)}, at an index of an array. */
  static JsonMappingException atPath(JsonParser p, Exception e, Object container, int index)
      throws IOException {
    return JsonMappingException.wrapWithPath(inTree(p, e), container, index);
  }

  private static Throwable inTree(JsonParser p, Exception e) throws IOException {
    return e instanceof MismatchedInputException
        ? duplicateInTree(p, (MismatchedInputException) e)
        : e;
  }

  /**
   * Whether {@code type} is read by this class, which checks the names of every object it reads
   * for duplicates (see {@link #duplicateProperty}).
   *
   * @param type a type to read
   * @return true for a model class
   */
  public static boolean reads(Class<?> type) {
    return DeclaredDeserializers.of(type) == ModelDeserializer.class;
  }

  private static ModelBindingException nullElement(
      JsonParser p, Class<?> target, String name, @Nullable Object value) {
    ModelBindingException e;
    if (value instanceof List) {
      e = new ModelBindingException(p, target, "Array element must not be null");
      e.prependPath(value, Math.max(((List<?>) value).indexOf(null), 0));
    } else if (value instanceof Map) {
      e = new ModelBindingException(p, target, "Object member must not be null");
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        if (entry.getValue() == null) {
          e.prependPath(value, String.valueOf(entry.getKey()));
          break;
        }
      }
    } else {
      e = new ModelBindingException(p, target, "Property must not be null");
    }
    e.prependPath(target, name);
    return e;
  }

  private static String describeMissing(ModelMetadata model, long missing) {
    if (Long.bitCount(missing) == 1) {
      return "";
    }
    StringBuilder names = new StringBuilder(" (all missing:");
    for (ModelProperty property : model.properties) {
      if ((missing & (1L << property.index)) != 0) {
        names.append(' ').append(property.jsonName);
      }
    }
    return names.append(')').toString();
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
  private JsonDeserializer<Object>[] resolve(
      DeserializationContext ctxt, ModelMetadata model, JavaType target)
      throws JsonMappingException {
    JsonDeserializer<Object>[] result = deserializers;
    if (result == null) {
      result = new JsonDeserializer[model.properties.size()];
      for (ModelProperty property : model.properties) {
        result[property.index] =
            propertyDeserializer(ctxt, property.type(ctxt.getTypeFactory(), target.getBindings()));
      }
      deserializers = result;
    }
    return result;
  }

  /**
   * The deserializer of a property's type, or of the elements of one. An API timestamp is read by
   * {@link InstantDeserializer}. A model class or an open enum that the mapper binds with the
   * model's own deserializers is resolved here, without the mapper's per-class introspection: the
   * deserializer comes from the class's annotation in either case, and that introspection is most
   * of what a fresh JVM spends on its first typed read. A map with string keys is read by {@link
   * StringKeyMapDeserializer}, which checks its keys for duplicates as this class checks property
   * names, and a list or set by {@link ListDeserializer}. Any other type, and every type of a mapper
   * with mix-ins, is resolved by the mapper.
   */
  @SuppressWarnings("unchecked")
  private JsonDeserializer<Object> propertyDeserializer(
      DeserializationContext ctxt, JavaType propertyType) throws JsonMappingException {
    Class<?> raw = propertyType.getRawClass();
    if (raw == Instant.class) {
      return (JsonDeserializer<Object>) (JsonDeserializer<?>) InstantDeserializer.INSTANCE;
    }
    DeserializationConfig config = ctxt.getConfig();
    if (config.isAnnotationProcessingEnabled() && config.mixInCount() == 0) {
      if (propertyType.isMapLikeType() && propertyType.getKeyType().hasRawClass(String.class)) {
        return new StringKeyMapDeserializer(
            propertyType, propertyDeserializer(ctxt, propertyType.getContentType()));
      }
      if (raw == List.class || raw == Set.class) {
        return new ListDeserializer(
            propertyType, propertyDeserializer(ctxt, propertyType.getContentType()));
      }
      Class<?> using = DeclaredDeserializers.of(raw);
      if (using == ModelDeserializer.class) {
        return configuredFor(ctxt, propertyType);
      }
      if (using == OpenEnumDeserializer.class) {
        return OpenEnumDeserializer.of(ctxt, propertyType);
      }
    }
    return ctxt.findContextualValueDeserializer(propertyType, null);
  }

  /** Reads an API timestamp; anything but an ISO-8601 string is an error. */
  static final class InstantDeserializer extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;
    static final InstantDeserializer INSTANCE = new InstantDeserializer();

    private InstantDeserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      if (p.currentToken() != JsonToken.VALUE_STRING) {
        return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
      }
      Instant instant = ApiTimestamps.parse(p.getText());
      if (instant == null) {
        throw new ModelBindingException(
            p, Instant.class, "Expected an ISO-8601 timestamp such as 2026-03-24T20:00:00.000Z");
      }
      return instant;
    }
  }
}
