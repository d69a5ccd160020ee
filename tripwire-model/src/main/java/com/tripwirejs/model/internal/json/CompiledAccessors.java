package com.tripwirejs.model.internal.json;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Turns the public methods of model classes and their builders into small generated classes that
 * implement {@link Supplier}, {@link Function} or {@link BiFunction}.
 *
 * <p>The JSON binding calls a builder setter for every property it reads. Through a {@link
 * MethodHandle} held in a field, each call pays for type checks and casts that the JIT cannot
 * remove; through a generated class it is an ordinary interface call that the JIT inlines. Boxing
 * and unboxing of primitive parameters and results happen in the generated code.
 */
final class CompiledAccessors {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();

  private CompiledAccessors() {}

  /** A supplier that calls a public static method without parameters. */
  @SuppressWarnings("unchecked")
  static Supplier<Object> supplier(Method factory) throws ReflectiveOperationException {
    return (Supplier<Object>)
        compile(Supplier.class, "get", MethodType.methodType(Object.class), factory);
  }

  /** A function that calls a public instance method without parameters on its argument. */
  @SuppressWarnings("unchecked")
  static Function<Object, Object> function(Method method) throws ReflectiveOperationException {
    return (Function<Object, Object>)
        compile(
            Function.class,
            "apply",
            MethodType.methodType(Object.class, Object.class),
            method);
  }

  /**
   * A function of (receiver, argument) that calls a public one-parameter instance method and
   * returns its result.
   */
  @SuppressWarnings("unchecked")
  static BiFunction<Object, Object, Object> biFunction(Method method)
      throws ReflectiveOperationException {
    return (BiFunction<Object, Object, Object>)
        compile(
            BiFunction.class,
            "apply",
            MethodType.methodType(Object.class, Object.class, Object.class),
            method);
  }

  private static Object compile(
      Class<?> functionalInterface, String name, MethodType erased, Method method)
      throws ReflectiveOperationException {
    MethodHandle implementation = LOOKUP.unreflect(method);
    // The interface's erased signature, with the method's own parameter types (primitives boxed)
    // so that the generated class casts and unboxes its arguments.
    MethodType instantiated = implementation.type().wrap().changeReturnType(Object.class);
    try {
      return LambdaMetafactory.metafactory(
              LOOKUP,
              name,
              MethodType.methodType(functionalInterface),
              erased,
              implementation,
              instantiated)
          .getTarget()
          .invoke();
    } catch (ReflectiveOperationException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable e) {
      throw new IllegalStateException("Cannot compile an accessor for " + method, e);
    }
  }
}
