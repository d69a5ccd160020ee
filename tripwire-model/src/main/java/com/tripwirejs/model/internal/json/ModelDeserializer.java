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
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Reads a JSON object into a model class through its builder, in one streaming pass, with the read
 * loop the model's annotation processor wrote for the class ({@link ModelBinding#read}); this
 * class holds what the mapper resolved for the class's properties.
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
  private transient volatile @Nullable Resolved resolved;

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
    if (model == null || type == null) {
      return ctxt.reportBadDefinition(
          Object.class, "Tripwire model deserializer used without type");
    }
    return model.binding.read(p, ctxt, this);
  }

  /**
   * The binding whose read loop reads this deserializer's type. Generated read loops call the
   * loop of a nested model class through it, each from a call site of its own.
   *
   * @return the binding
   */
  public ModelBinding binding() {
    return metadata().binding;
  }

  /**
   * The type this deserializer reads.
   *
   * @return the type
   */
  public JavaType type() {
    JavaType target = type;
    if (target == null) {
      throw new IllegalStateException("Tripwire model deserializer used without type");
    }
    return target;
  }

  /**
   * The class this deserializer reads, for the paths of failures.
   *
   * @return the class
   */
  public Class<?> rawClass() {
    return type().getRawClass();
  }

  private ModelMetadata metadata() {
    ModelMetadata model = metadata;
    if (model == null) {
      throw new IllegalStateException("Tripwire model deserializer used without type");
    }
    return model;
  }

  /**
   * Resolves, once, the deserializers the mapper uses for the type's properties, and answers which
   * properties a generated read loop may read with the parser's own calls: those whose
   * deserializer is the one the SDK's configuration resolves for their type (Jackson's own for
   * strings, booleans and integers, {@link FiniteDoubleDeserializer} for doubles, the model's own
   * for timestamps and open enums), so that the direct read gives what the deserializer would. A
   * mapper configured otherwise, or with mix-ins, has its deserializers called.
   *
   * @param ctxt the context of the read
   * @return a bit for each property read directly
   * @throws JsonMappingException when a property's type has no deserializer
   */
  public long prepare(DeserializationContext ctxt) throws JsonMappingException {
    Resolved r = resolved;
    if (r == null) {
      r = resolve(ctxt);
    }
    return r.direct;
  }

  /**
   * The deserializer of a property whose type is a model class, when the mapper reads it with this
   * class; null otherwise. Valid after {@link #prepare}.
   *
   * @param property the property's number
   * @return the nested model class's deserializer, or null
   */
  public @Nullable ModelDeserializer nested(int property) {
    Resolved r = resolved;
    return r == null ? null : r.nested[property];
  }

  /**
   * Reads a property's value with the deserializer the mapper resolved for it, for a value the
   * read loop does not read directly: a JSON null (the deserializer's null value, null for a
   * primitive), another token than the property's type has (the mapper's coercions apply or it
   * fails), or a type with no direct read. Valid after {@link #prepare}.
   *
   * @param p the parser, on the value
   * @param ctxt the context of the read
   * @param property the property's number
   * @param token the value's token
   * @return the value; null only for a JSON null that a nullable property takes as null
   * @throws IOException when the value does not match, or is null where the property may not be
   */
  public @Nullable Object other(
      JsonParser p, DeserializationContext ctxt, int property, JsonToken token) throws IOException {
    Resolved r = resolved;
    if (r == null) {
      r = resolve(ctxt);
    }
    ModelProperty described = metadata().properties.get(property);
    Object value;
    if (token == JsonToken.VALUE_NULL) {
      value =
          described.rawType.isPrimitive() || (r.direct & (1L << property)) != 0
              ? null
              : r.deserializers[property].getNullValue(ctxt);
      if (value == null && !described.nullable) {
        throw new ModelBindingException(p, described.rawType, "Property must not be null");
      }
      return value;
    }
    value = r.deserializers[property].deserialize(p, ctxt);
    if (value == null && !described.nullable) {
      throw new ModelBindingException(p, rawClass(), "Property must not be null");
    }
    return value;
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

  static ModelBindingException nullElement(
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

  /** What the mapper resolved for the type's properties, published at once. */
  private static final class Resolved {
    final JsonDeserializer<Object>[] deserializers;
    final @Nullable ModelDeserializer[] nested;
    final long direct;

    Resolved(
        JsonDeserializer<Object>[] deserializers,
        @Nullable ModelDeserializer[] nested,
        long direct) {
      this.deserializers = deserializers;
      this.nested = nested;
      this.direct = direct;
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"}) // an array of a generic type
  private Resolved resolve(DeserializationContext ctxt) throws JsonMappingException {
    ModelMetadata model = metadata();
    JavaType target = type();
    JsonDeserializer<Object>[] deserializers = new JsonDeserializer[model.properties.size()];
    ModelDeserializer[] nested = new ModelDeserializer[deserializers.length];
    long direct = 0;
    for (ModelProperty property : model.properties) {
      JsonDeserializer<Object> d =
          propertyDeserializer(ctxt, property.type(ctxt.getTypeFactory(), target.getBindings()));
      deserializers[property.index] = d;
      if (d instanceof ModelDeserializer) {
        nested[property.index] = (ModelDeserializer) d;
      }
      if (readsDirectly(d)) {
        direct |= 1L << property.index;
      }
    }
    Resolved r = new Resolved(deserializers, nested, direct);
    resolved = r;
    return r;
  }

  /**
   * Whether a deserializer reads the tokens a generated read loop reads directly (a string, a
   * boolean, an integer, a number with a fraction, an object) exactly as the loop does.
   */
  private static boolean readsDirectly(JsonDeserializer<?> d) {
    Class<?> c = d.getClass();
    return c == StringDeserializer.class
        || c == NumberDeserializers.BooleanDeserializer.class
        || c == NumberDeserializers.IntegerDeserializer.class
        || c == NumberDeserializers.LongDeserializer.class
        || c == FiniteDoubleDeserializer.class
        || c == InstantDeserializer.class
        || c == OpenEnumDeserializer.class
        || c == ModelDeserializer.class;
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
      return ModelBinding.instant(p);
    }
  }
}
