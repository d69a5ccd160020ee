package com.tripwirejs.model.internal.json;

import java.lang.invoke.MethodHandle;
import java.lang.reflect.Type;

/** One JSON property of a model class: its name, Java type, and how to read and set it. */
final class ModelProperty {

  final String jsonName;
  final Type genericType;
  final Class<?> rawType;
  final boolean required;
  final boolean nullable;
  final int index;
  private final MethodHandle getter;
  private final MethodHandle setter;

  ModelProperty(
      String jsonName,
      Type genericType,
      Class<?> rawType,
      boolean required,
      boolean nullable,
      int index,
      MethodHandle getter,
      MethodHandle setter) {
    this.jsonName = jsonName;
    this.genericType = genericType;
    this.rawType = rawType;
    this.required = required;
    this.nullable = nullable;
    this.index = index;
    this.getter = getter;
    this.setter = setter;
  }

  Object get(Object value) {
    try {
      return (Object) getter.invokeExact(value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }

  void set(Object builder, Object value) {
    try {
      Object ignored = (Object) setter.invokeExact(builder, value);
    } catch (RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException(e);
    }
  }
}
