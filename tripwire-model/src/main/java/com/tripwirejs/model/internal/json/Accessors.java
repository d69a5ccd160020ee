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
 * Calls public methods of model classes and their builders as {@link Supplier}s, {@link
 * Function}s and {@link BiFunction}s, in one of two ways.
 *
 * <p>Through a method handle: cheap to create, so a JVM that reads a few responses and exits
 * starts fast, but each call pays for type checks and casts the JIT cannot remove. Compiled: a
 * small class generated for the method, so the call is an ordinary interface call that the JIT
 * inlines, at the price of defining that class. {@link ModelMetadata} starts every model class
 * with the first and moves it to the second once the class is in steady use, as the JDK's own
 * reflection does.
 */
final class Accessors {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodType SUPPLIER = MethodType.methodType(Object.class);
  private static final MethodType FUNCTION = MethodType.methodType(Object.class, Object.class);
  private static final MethodType BI_FUNCTION =
      MethodType.methodType(Object.class, Object.class, Object.class);

  private Accessors() {}

  /** Calls a public static method without parameters. */
  @SuppressWarnings("unchecked")
  static Supplier<Object> supplier(Method factory, boolean compiled)
      throws ReflectiveOperationException {
    if (compiled) {
      return (Supplier<Object>) compile(Supplier.class, "get", SUPPLIER, factory);
    }
    MethodHandle handle = LOOKUP.unreflect(factory).asType(SUPPLIER);
    return () -> {
      try {
        return (Object) handle.invokeExact();
      } catch (Throwable e) {
        throw rethrow(e);
      }
    };
  }

  /** Calls a public instance method without parameters on the function's argument. */
  @SuppressWarnings("unchecked")
  static Function<Object, Object> function(Method method, boolean compiled)
      throws ReflectiveOperationException {
    if (compiled) {
      return (Function<Object, Object>) compile(Function.class, "apply", FUNCTION, method);
    }
    MethodHandle handle = LOOKUP.unreflect(method).asType(FUNCTION);
    return receiver -> {
      try {
        return (Object) handle.invokeExact(receiver);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    };
  }

  /** Calls a public one-parameter instance method: (receiver, argument) to its result. */
  @SuppressWarnings("unchecked")
  static BiFunction<Object, Object, Object> biFunction(Method method, boolean compiled)
      throws ReflectiveOperationException {
    if (compiled) {
      return (BiFunction<Object, Object, Object>)
          compile(BiFunction.class, "apply", BI_FUNCTION, method);
    }
    MethodHandle handle = LOOKUP.unreflect(method).asType(BI_FUNCTION);
    return (receiver, argument) -> {
      try {
        return (Object) handle.invokeExact(receiver, argument);
      } catch (Throwable e) {
        throw rethrow(e);
      }
    };
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
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  private static RuntimeException rethrow(Throwable e) {
    if (e instanceof RuntimeException) {
      return (RuntimeException) e;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    return new IllegalStateException(e);
  }
}
