package com.tripwirejs.model.internal.json;

import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Calls the factory methods of open enums as {@link Function}s, in one of two ways.
 *
 * <p>Reflectively, through {@link Method#invoke}: free to set up, so a JVM that reads a few
 * responses and exits starts fast, but each call is slow. Compiled: a small class generated for
 * the method, so the call is an ordinary interface call that the JIT inlines, at the price of
 * defining that class. {@link #compiledAfterUse} starts with the first and moves to the second
 * once the factory is in steady use, as the JDK's own reflection does. (Model classes need
 * neither: their {@link ModelBinding}s are written at build time.)
 *
 * <p>Method handles, the third way, are the slowest to set up: adapting one to an erased type
 * spins lambda forms, which cost a fresh JVM more than the whole decode of a response.
 */
final class Accessors {

  private static final MethodHandles.Lookup LOOKUP = MethodHandles.lookup();
  private static final MethodType FUNCTION = MethodType.methodType(Object.class, Object.class);

  private Accessors() {}

  /**
   * A {@link #function} that calls reflectively for its first {@value UseCount#COMPILE_AFTER}
   * calls and compiled after.
   */
  static Function<Object, Object> compiledAfterUse(Method method) {
    Function<Object, Object> reflective = function(method);
    return new Function<>() {
      private final UseCount calls = new UseCount(this::compile);
      private volatile @Nullable Function<Object, Object> compiled;

      @Override
      public Object apply(Object argument) {
        Function<Object, Object> fast = compiled;
        if (fast != null) {
          return fast.apply(argument);
        }
        calls.use();
        return reflective.apply(argument);
      }

      private void compile() {
        try {
          compiled = function(method, true);
        } catch (ReflectiveOperationException | RuntimeException e) {
          // Reflection keeps working; only the speed-up is lost.
          compiled = reflective;
        }
      }
    };
  }

  /**
   * Calls a public instance method without parameters on the function's argument, or a public
   * static method of one parameter with it.
   */
  @SuppressWarnings("unchecked")
  static Function<Object, Object> function(Method method, boolean compiled)
      throws ReflectiveOperationException {
    if (compiled) {
      return (Function<Object, Object>) compile(Function.class, "apply", FUNCTION, method);
    }
    return function(method);
  }

  private static Function<Object, Object> function(Method method) {
    if (Modifier.isStatic(method.getModifiers())) {
      return argument -> invoke(method, null, argument);
    }
    return receiver -> invoke(method, receiver);
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

  private static Object invoke(Method method, @Nullable Object receiver, Object... arguments) {
    try {
      return method.invoke(receiver, arguments);
    } catch (InvocationTargetException e) {
      throw rethrow(e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
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
