package com.tripwirejs.model.internal.json;

import java.lang.reflect.Type;

/** One JSON property of a model class: its name, Java type, and how to read and set it. */
final class ModelProperty {

  final String jsonName;
  final Type genericType;
  final Class<?> rawType;
  final boolean required;
  final boolean nullable;
  final int index;
  private final ModelBinding binding;
  private final int bindingIndex;

  ModelProperty(
      String jsonName,
      Type genericType,
      Class<?> rawType,
      boolean required,
      boolean nullable,
      int index,
      ModelBinding binding,
      int bindingIndex) {
    // Interned like the names Jackson's parser hands out, so looking a property up by name mostly
    // succeeds on identity without comparing characters.
    this.jsonName = jsonName.intern();
    this.genericType = genericType;
    this.rawType = rawType;
    this.required = required;
    this.nullable = nullable;
    this.index = index;
    this.binding = binding;
    this.bindingIndex = bindingIndex;
  }

  /** The property's value in a model object. */
  Object get(Object value) {
    return binding.get(value, bindingIndex);
  }

  /** Sets the property on a builder of the model class; the builder's own checks apply. */
  void set(Object builder, Object value) {
    binding.set(builder, bindingIndex, value);
  }
}
