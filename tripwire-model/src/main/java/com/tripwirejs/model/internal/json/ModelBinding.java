package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON binding of one model class, written at build time by the model's annotation processor
 * as a class {@code <Name>Binding} beside the model class: what the class's JSON properties are
 * (names in documented order, classes, Jackson types, whether required and whether nullable), and
 * how to create the class's builder, set a property on it, build, and read a property of a built
 * value, each as plain calls.
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
   * A new builder of the model class.
   *
   * @return the builder
   */
  protected abstract Object newBuilder();

  /**
   * Sets a property on a builder; the builder's own checks apply.
   *
   * @param builder a builder from {@link #newBuilder}
   * @param property the property's number
   * @param value the value, of the property's type
   */
  protected abstract void set(Object builder, int property, Object value);

  /**
   * Sets the properties the model class does not know.
   *
   * @param builder a builder from {@link #newBuilder}
   * @param unknown the properties by JSON name
   */
  protected abstract void setUnknownProperties(Object builder, Map<String, ?> unknown);

  /**
   * Builds the value.
   *
   * @param builder a builder from {@link #newBuilder}
   * @return the value
   */
  protected abstract Object build(Object builder);

  /**
   * A property of a value of the model class.
   *
   * @param value the value
   * @param property the property's number
   * @return the property's value, null when it has none
   */
  protected abstract Object get(Object value, int property);

  /**
   * Whether the model class records the optional properties sent as explicit null, in an {@code
   * explicitNulls()} attribute.
   *
   * @return true when it does
   */
  protected boolean tracksExplicitNulls() {
    return false;
  }

  /**
   * Records the optional properties that were sent as explicit null; only model classes that
   * {@linkplain #tracksExplicitNulls track them} do.
   *
   * @param builder a builder from {@link #newBuilder}
   * @param names their JSON names
   */
  protected void setExplicitNulls(Object builder, List<String> names) {
    throw new UnsupportedOperationException("No explicit nulls in " + getClass().getName());
  }

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
   * Records the required properties that an answer of an older generation lacked; only model
   * classes with {@linkplain #ABSENT_IN_OLDER such properties} do, in an {@code
   * absentProperties()} attribute.
   *
   * @param builder a builder from {@link #newBuilder}
   * @param names their JSON names
   */
  protected void setAbsentProperties(Object builder, List<String> names) {
    throw new UnsupportedOperationException("No absent properties in " + getClass().getName());
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
