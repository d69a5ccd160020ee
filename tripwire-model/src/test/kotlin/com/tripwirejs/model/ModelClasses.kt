package com.tripwirejs.model

import com.fasterxml.jackson.annotation.JsonProperty
import java.lang.reflect.Method
import java.lang.reflect.Modifier
import java.nio.file.Files
import java.nio.file.Path
import java.util.jar.JarFile
import org.jspecify.annotations.Nullable

/**
 * Every model type of the SDK, found by scanning the compiled model packages, so that a new model
 * class is covered by the property tests without editing them.
 */
object ModelClasses {

  /** The classes built through a public static `builder()`: every concrete model type. */
  val built: List<Class<*>> by lazy {
    scan().filter { TripwireObject::class.java.isAssignableFrom(it) && hasBuilder(it) }
  }

  /** The sealed unions whose variant a discriminator selects: `ApiKey`, `WebhookEvent`. */
  val unions: List<Class<*>> by lazy {
    scan().filter {
      TripwireObject::class.java.isAssignableFrom(it) && it.isInterface && it.isSealed
    }
  }

  /** The union a variant belongs to, if any. */
  fun unionOf(type: Class<*>): Class<*>? = unions.firstOrNull { type in it.permittedSubclasses }

  /** The JSON properties of a model type, in declaration order of the accessors. */
  fun properties(type: Class<*>): List<Property> = PROPERTIES.get(type)

  /** One JSON property: its accessor, JSON name, and whether the API may omit or null it. */
  class Property(val accessor: Method) {
    private val annotation: JsonProperty = accessor.getAnnotation(JsonProperty::class.java)
    val jsonName: String = annotation.value.ifEmpty { accessor.name }
    val required: Boolean = annotation.required
    val nullable: Boolean = accessor.annotatedReturnType.isAnnotationPresent(Nullable::class.java)

    /** A `@Value.Default` attribute: it has a body, so the builder need not set it. */
    val hasDefault: Boolean = !Modifier.isAbstract(accessor.modifiers)
  }

  private val PROPERTIES =
    object : ClassValue<List<Property>>() {
      override fun computeValue(type: Class<*>): List<Property> =
        type.methods
          .filter {
            it.parameterCount == 0 &&
              !Modifier.isStatic(it.modifiers) &&
              it.isAnnotationPresent(JsonProperty::class.java)
          }
          .sortedBy { it.name }
          .map { Property(it) }
    }

  private fun hasBuilder(type: Class<*>): Boolean =
    try {
      val builder = type.getDeclaredMethod("builder")
      Modifier.isPublic(type.modifiers) &&
        Modifier.isStatic(builder.modifiers) &&
        Modifier.isPublic(builder.modifiers)
    } catch (e: NoSuchMethodException) {
      false
    }

  private fun scan(): List<Class<*>> {
    val location = Path.of(TripwireObject::class.java.protectionDomain.codeSource.location.toURI())
    val names =
      if (Files.isDirectory(location)) {
        Files.walk(location).use { paths ->
          paths
            .map { location.relativize(it).toString().replace('\\', '/') }
            .filter { it.endsWith(".class") }
            .toList()
        }
      } else {
        JarFile(location.toFile()).use { jar ->
          jar.entries().asSequence().map { it.name }.filter { it.endsWith(".class") }.toList()
        }
      }
    val classes =
      names
        .filter { it.startsWith("com/tripwirejs/model/") && '$' !in it }
        .map { Class.forName(it.removeSuffix(".class").replace('/', '.')) }
        .filter { Modifier.isPublic(it.modifiers) }
        .sortedBy { it.name }
    check(classes.size > 100) {
      "Expected the model classes below $location, found ${classes.size}"
    }
    return classes
  }
}
