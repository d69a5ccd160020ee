package com.tripwirejs.model.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project: the generated {@code Immutable*} class stays package
 * private, users see the abstract type and its nested {@code Builder}; accessor names are used as
 * they are (the API's {@code get_task_allow} is {@code getTaskAllow()}); no Guava; singular names
 * for collection adders ({@code addHighlight}).
 *
 * <p>Immutables marks the classes it generates with the annotations it finds on the build's class
 * path, {@code org.immutables.value.Generated} among them. Users compile against the model without
 * Immutables, so javac could not resolve that annotation and warned about it under {@code
 * -Xlint:all} (an error under {@code -Werror}); the allow-list here names only {@code Override},
 * which Immutables never adds, so it adds none.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    allowedClasspathAnnotations = {Override.class},
    defaults = @Value.Immutable(copy = false))
public @interface TripwireStyle {}
