package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;

/** One JSON property of a model class: its name, type and flags, and how to read and set it. */
final class ModelProperty {

  final String jsonName;
  final Class<?> rawType;
  final boolean required;
  final boolean nullable;
  final boolean absentInOlder;
  final int index;
  private final ModelBinding binding;

  ModelProperty(ModelBinding binding, int index) {
    // Interned like the names Jackson's parser hands out, so looking a property up by name mostly
    // succeeds on identity without comparing characters.
    this.jsonName = binding.name(index).intern();
    this.rawType = binding.rawType(index);
    this.required = binding.required(index);
    this.nullable = binding.nullable(index);
    this.absentInOlder = binding.absentInOlder(index);
    this.index = index;
    this.binding = binding;
  }

  /** The Jackson type of the property's value, in a model class with these type bindings. */
  JavaType type(TypeFactory types, TypeBindings bindings) {
    return binding.type(index, types, bindings);
  }

  /** The property's value in a model object. */
  Object get(Object value) {
    return binding.get(value, index);
  }

  /** Sets the property on a builder of the model class; the builder's own checks apply. */
  void set(Object builder, Object value) {
    binding.set(builder, index, value);
  }
}
