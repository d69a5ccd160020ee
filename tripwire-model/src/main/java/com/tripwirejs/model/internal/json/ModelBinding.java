package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The JSON binding of one model class, written at build time by the model's annotation processor
 * as a class {@code <Name>Binding} beside the model class: what the class's JSON properties are
 * (names in documented order, classes, Jackson types, whether required and whether nullable), how
 * to read a property of a built value, and the class's own read loop ({@link #read}), which reads
 * a JSON object property by property into the class's builder with plain calls.
 *
 * <p>The read loop's checks are those every model class makes, shared here: a name seen twice in
 * one object fails ({@link #once}), a property the class does not know is kept as raw JSON ({@link
 * #unknown}), a missing required property fails ({@link #missing}), and every failure inside a
 * property's value is raised with that property added to its path ({@link #failed}).
 *
 * <p>Properties are numbered in the order the API documents them. Not for use outside the SDK.
 */
public abstract class ModelBinding {

  /** The flag of a property the API always sends, written even when null. */
  protected static final int REQUIRED = 1;

  /** The flag of a property that may be null. */
  protected static final int NULLABLE = 2;

  /**
   * The flag of a required property that answers of older generations of the API lack: missing,
   * it reads as null and is recorded in the value's absent properties.
   */
  protected static final int ABSENT_IN_OLDER = 4;

  private final String[] names;
  private final Class<?>[] rawTypes;
  private final int[] flags;

  /**
   * A binding of the given properties, each array indexed by property number.
   *
   * @param names the JSON name of each property
   * @param rawTypes the class of each property's value
   * @param flags each property's {@link #REQUIRED} and {@link #NULLABLE} flags
   */
  protected ModelBinding(String[] names, Class<?>[] rawTypes, int[] flags) {
    if (rawTypes.length != names.length || flags.length != names.length) {
      throw new IllegalArgumentException(getClass().getName() + " describes its properties unevenly");
    }
    this.names = names;
    this.rawTypes = rawTypes;
    this.flags = flags;
  }

  /** The number of properties. */
  final int size() {
    return names.length;
  }

  /** The JSON name of a property. */
  final String name(int property) {
    return names[property];
  }

  /** The class of a property's value. */
  final Class<?> rawType(int property) {
    return rawTypes[property];
  }

  /** Whether the API always sends a property. */
  final boolean required(int property) {
    return (flags[property] & REQUIRED) != 0;
  }

  /** Whether a property may be null. */
  final boolean nullable(int property) {
    return (flags[property] & NULLABLE) != 0;
  }

  /** Whether answers of older generations of the API lack a required property. */
  final boolean absentInOlder(int property) {
    return (flags[property] & ABSENT_IN_OLDER) != 0;
  }

  /**
   * The Jackson type of a property's value.
   *
   * @param property the property's number
   * @param types the type factory of the mapper that reads or writes it
   * @param bindings the types bound to the model class's type variables
   * @return the type
   */
  protected abstract JavaType type(int property, TypeFactory types, TypeBindings bindings);

  /**
   * The type bound to one of the model class's type variables.
   *
   * @param bindings the types bound to the model class's type variables
   * @param name the variable's name
   * @param unbound the type of the variable's bound, for when no type is bound to it
   * @return the type
   */
  protected static JavaType variable(TypeBindings bindings, String name, JavaType unbound) {
    JavaType bound = bindings.findBoundType(name);
    return bound != null ? bound : unbound;
  }

  /**
   * Reads one JSON object into a value of the model class, in one streaming pass: each property
   * the class knows with the parser's own calls where the mapper reads its type as the SDK's
   * configuration does ({@link ModelDeserializer#prepare}), else with the deserializer the mapper
   * resolved for it; properties it does not know kept as raw JSON. The parser stands on the
   * object's start, on its first property name or on its end, and is left on its end.
   *
   * @param p the parser
   * @param ctxt the context of the read
   * @param d the deserializer of the type read, which holds what the mapper resolved for it
   * @return the value
   * @throws IOException when the JSON does not match the class, with the path of the failure
   */
  public abstract Object read(JsonParser p, DeserializationContext ctxt, ModelDeserializer d)
      throws IOException;

  /**
   * Marks a known property as read, failing on the second time the name appears in one object, as
   * the parser's own duplicate detection would: objects read by {@link #read} check their names
   * themselves, so a parser reading a model class need not.
   *
   * @param p the parser, on the name
   * @param name the name
   * @param seen the properties read so far, a bit each
   * @param bit the property's bit
   * @return {@code seen} with the bit set
   * @throws JsonParseException when the property was read before
   */
  protected static long once(JsonParser p, String name, long seen, long bit)
      throws JsonParseException {
    if ((seen & bit) != 0) {
      throw ModelDeserializer.duplicateProperty(p, name);
    }
    return seen | bit;
  }

  /**
   * Reads the value of a property the class does not know as raw JSON, into the map of unknown
   * properties, failing on a name already in it.
   *
   * @param p the parser, on the name
   * @param ctxt the context of the read
   * @param unknown the unknown properties read so far, null for none
   * @param name the name
   * @return the unknown properties, this one added
   * @throws IOException when the name was read before or the value is not JSON
   */
  protected static Map<String, JsonNode> unknown(
      JsonParser p, DeserializationContext ctxt, @Nullable Map<String, JsonNode> unknown, String name)
      throws IOException {
    if (unknown == null) {
      unknown = new LinkedHashMap<>();
    } else if (unknown.containsKey(name)) {
      throw ModelDeserializer.duplicateProperty(p, name);
    }
    p.nextToken();
    try {
      unknown.put(name, ctxt.readTree(p));
    } catch (MismatchedInputException e) {
      throw ModelDeserializer.duplicateInTree(p, e);
    }
    return unknown;
  }

  /**
   * Records an optional property sent as an explicit null.
   *
   * @param nulls the names recorded so far, null for none
   * @param name the name
   * @return the names, this one added
   */
  protected static List<String> explicitNull(@Nullable List<String> nulls, String name) {
    List<String> names = nulls == null ? new ArrayList<>() : nulls;
    names.add(name);
    return names;
  }

  /**
   * The failure to raise for an exception thrown while reading the value of property {@code at}:
   * with the property added to its path; a null element the builder refused in {@code value}, a
   * list or map read for the property, at that element; thrown outside any property's value
   * ({@code at} null), as it is.
   *
   * @param p the parser
   * @param e the exception
   * @param container the class read
   * @param at the JSON name of the property whose value was read, null outside a value
   * @param value the value read for the property before setting it, null if not yet read
   * @return the exception to throw
   * @throws IOException never: declared so that generated code can throw the result
   */
  protected static IOException failed(
      JsonParser p, Exception e, Class<?> container, @Nullable String at, @Nullable Object value)
      throws IOException {
    if (at == null) {
      if (e instanceof RuntimeException) {
        throw (RuntimeException) e;
      }
      return (IOException) e;
    }
    if (e instanceof NullPointerException && value != null) {
      return ModelDeserializer.nullElement(p, container, at, value);
    }
    return ModelDeserializer.atPath(p, e, container, at);
  }

  /**
   * Reads an API timestamp, the parser on a string.
   *
   * @param p the parser
   * @return the instant
   * @throws IOException when the string is not an ISO-8601 timestamp
   */
  protected static Instant instant(JsonParser p) throws IOException {
    Instant instant = ApiTimestamps.parse(p.getText());
    if (instant == null) {
      throw new ModelBindingException(
          p, Instant.class, "Expected an ISO-8601 timestamp such as 2026-03-24T20:00:00.000Z");
    }
    return instant;
  }

  /**
   * Reads a number with a fraction or exponent as a finite double, as {@link
   * FiniteDoubleDeserializer} does.
   *
   * @param p the parser, on a floating-point number
   * @return the value
   * @throws IOException when the number is beyond the range of a double
   */
  protected static double finiteDouble(JsonParser p) throws IOException {
    double value = p.getDoubleValue();
    if (Double.isInfinite(value)) {
      throw new InputCoercionException(
          p, "Number out of range of a double", p.currentToken(), Double.TYPE);
    }
    return value;
  }

  /**
   * The failure for required properties missing from an object, at the first of them.
   *
   * @param p the parser
   * @param container the class read
   * @param missing the missing properties, a bit each
   * @return the exception to throw
   */
  protected final ModelBindingException missing(JsonParser p, Class<?> container, long missing) {
    String all = "";
    if (Long.bitCount(missing) > 1) {
      StringBuilder names = new StringBuilder(" (all missing:");
      for (int i = 0; i < this.names.length; i++) {
        if ((missing & (1L << i)) != 0) {
          names.append(' ').append(name(i));
        }
      }
      all = names.append(')').toString();
    }
    ModelBindingException e =
        new ModelBindingException(p, container, "Missing required property" + all);
    e.prependPath(container, name(Long.numberOfTrailingZeros(missing)));
    return e;
  }

  /**
   * The JSON names of the required properties an answer of an older generation lacked.
   *
   * @param absent the properties, a bit each
   * @return their names, in documented order
   */
  protected final List<String> absent(long absent) {
    List<String> result = new ArrayList<>(Long.bitCount(absent));
    for (int i = 0; i < names.length; i++) {
      if ((absent & (1L << i)) != 0) {
        result.add(name(i));
      }
    }
    return result;
  }

  /**
   * A property of a value of the model class.
   *
   * @param value the value
   * @param property the property's number
   * @return the property's value, null when it has none
   */
  protected abstract Object get(Object value, int property);

  /**
   * The optional properties of a value that were sent as explicit null.
   *
   * @param value the value
   * @return their JSON names; empty for model classes that do not record them
   */
  protected Set<String> explicitNulls(Object value) {
    return Collections.emptySet();
  }

  /**
   * The required properties that the answer a value was read from lacked.
   *
   * @param value the value
   * @return their JSON names; empty for model classes that do not record them
   */
  protected Set<String> absentProperties(Object value) {
    return Collections.emptySet();
  }

  /**
   * The failure for a property number the binding does not have: a defect of the SDK.
   *
   * @param property the number
   * @return the exception to throw
   */
  protected final IllegalArgumentException noSuchProperty(int property) {
    return new IllegalArgumentException(
        getClass().getName() + " has no property " + property + " of " + Arrays.toString(names));
  }
}
