package com.tripwirejs.model.internal.json;

import java.lang.reflect.Method;
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
  private final Method accessor;
  private final Method builderSetter;
  private volatile Function<Object, Object> getter;
  private volatile BiFunction<Object, Object, Object> setter;

  ModelProperty(
      String jsonName,
      boolean required,
      boolean nullable,
      int index,
      Method accessor,
      Method builderSetter)
      throws ReflectiveOperationException {
    // Interned like the names Jackson's parser hands out, so looking a property up by name mostly
    // succeeds on identity without comparing characters.
    this.jsonName = jsonName.intern();
    this.genericType = accessor.getGenericReturnType();
    this.rawType = accessor.getReturnType();
    this.required = required;
    this.nullable = nullable;
    this.index = index;
    this.accessor = accessor;
    this.builderSetter = builderSetter;
    bindGetter(false);
    bindSetter(false);
  }

  /** The property's value in a model object. */
  Object get(Object value) {
    return getter.apply(value);
  }

  /** Sets the property on a builder of the model class; the builder's own checks apply. */
  void set(Object builder, Object value) {
    setter.apply(builder, value);
  }

  /** Binds the model's getter of the property reflectively, or compiled; see {@link Accessors}. */
  void bindGetter(boolean compile) throws ReflectiveOperationException {
    getter = Accessors.function(accessor, compile);
  }

  /** Binds the builder's setter of the property reflectively, or compiled. */
  void bindSetter(boolean compile) throws ReflectiveOperationException {
    setter = Accessors.biFunction(builderSetter, compile);
  }
}
