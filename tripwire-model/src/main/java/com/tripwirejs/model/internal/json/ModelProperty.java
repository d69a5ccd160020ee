package com.tripwirejs.model.internal.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;

/** One JSON property of a model class: its name, type and flags, and how to read it from a value. */
final class ModelProperty {

  final String jsonName;
  final Class<?> rawType;
  final boolean required;
  final boolean nullable;
  final boolean absentInOlder;
  final int index;
  private final ModelBinding binding;

  ModelProperty(ModelBinding binding, int index) {
    this.jsonName = binding.name(index);
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
}
