package com.tripwirejs.model.internal.json;

import java.lang.reflect.Type;
import java.util.function.BiFunction;
import java.util.function.Function;

/** One JSON property of a model class: its name, Java type, and how to read and set it. */
final class ModelProperty {

  final String jsonName;
  final Type genericType;
  final Class<?> rawType;
  final boolean required;
  final boolean nullable;
  final int index;
  private final Function<Object, Object> getter;
  private final BiFunction<Object, Object, Object> setter;

  ModelProperty(
      String jsonName,
      Type genericType,
      Class<?> rawType,
      boolean required,
      boolean nullable,
      int index,
      Function<Object, Object> getter,
      BiFunction<Object, Object, Object> setter) {
    this.jsonName = jsonName;
    this.genericType = genericType;
    this.rawType = rawType;
    this.required = required;
    this.nullable = nullable;
    this.index = index;
    this.getter = getter;
    this.setter = setter;
  }

  /** The property's value in a model object. */
  Object get(Object value) {
    return getter.apply(value);
  }

  /** Sets the property on a builder of the model class; the builder's own checks apply. */
  void set(Object builder, Object value) {
    setter.apply(builder, value);
  }
}
