package com.tripwirejs.model.internal.json;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON binding of one model class, written at build time by the model's annotation processor
 * as a class {@code <Name>Binding} beside the model class: it creates the class's builder, sets a
 * property on it, builds, and reads a property of a built value, each as plain calls.
 *
 * <p>Properties are numbered in the binding's own order and named by their JSON names; {@link
 * ModelMetadata} matches them to its properties by name. Not for use outside the SDK.
 */
public abstract class ModelBinding {

  private final List<String> names;

  /**
   * A binding of the given properties.
   *
   * @param names the JSON name of each property, by number
   */
  protected ModelBinding(String[] names) {
    this.names = List.of(names);
  }

  /** The number of the property with this JSON name, or -1. */
  final int indexOf(String jsonName) {
    return names.indexOf(jsonName);
  }

  /** The JSON names of the properties, by number. */
  final List<String> names() {
    return names;
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
   * The failure for a property number the binding does not have: a defect of the SDK.
   *
   * @param property the number
   * @return the exception to throw
   */
  protected final IllegalArgumentException noSuchProperty(int property) {
    return new IllegalArgumentException(
        getClass().getName() + " has no property " + property + " of " + names);
  }
}
