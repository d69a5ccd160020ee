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
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = "*",
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = false))
public @interface TripwireStyle {}
