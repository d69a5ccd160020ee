package com.tripwirejs.model

import com.fasterxml.jackson.databind.JavaType
import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.node.JsonNodeFactory
import com.fasterxml.jackson.databind.type.TypeFactory
import com.tripwirejs.model.apikey.ApiKeyType
import com.tripwirejs.model.apikey.CreateApiKeyRequest
import com.tripwirejs.model.apikey.UnknownApiKey
import com.tripwirejs.model.common.Envelope
import com.tripwirejs.model.common.ListEnvelope
import com.tripwirejs.model.session.device.ObservationHash
import com.tripwirejs.model.webhook.WebhookEventType
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent
import java.lang.reflect.InvocationTargetException
import java.lang.reflect.Method
import java.lang.reflect.ParameterizedType
import java.lang.reflect.Type
import java.lang.reflect.TypeVariable
import java.math.BigDecimal
import java.math.BigInteger
import java.time.Instant
import kotlin.random.Random

/**
 * Builds random, valid instances of any model type through its public builder: strings with
 * unicode and empty ones, numbers across their range, timestamps at millisecond and finer
 * precision, known and unknown enum values, hashes as strings and numbers, nulls where the type
 * allows them (some sent as explicit JSON nulls), raw JSON values, unknown properties, and every
 * variant of the sealed unions.
 *
 * Request bodies check their values when built; inside one, the generator produces values that
 * follow the documented rules (slugs, service ids, absolute URIs, hex colors) most of the time, and
 * [tryInstance] reports the instances a check still rejected, so tests can count them.
 *
 * @param random the source of randomness
 * @param secret makes the value of each [Secret]
 */
class ModelGenerator(
  private val random: Random,
  private val secret: (Random) -> String = { randomString(it) },
) {

  /** A generated instance and the Jackson type to read its JSON back as. */
  data class Generated(val value: Any, val type: JavaType)

  /** An instance of [type], or null when a request check rejected the random values. */
  fun tryInstance(type: Class<*>): Generated? =
    try {
      instance(type)
    } catch (e: IllegalArgumentException) {
      if (!isRequest(type)) throw e
      null
    }

  /** An instance of [type]; for the generic envelopes, of a random model type as their data. */
  fun instance(type: Class<*>): Generated {
    if (type == Envelope::class.java || type == ListEnvelope::class.java) {
      val data = dataTypes().random(random)
      val javaType = TYPES.constructParametricType(type, data)
      val bindings = mapOf<TypeVariable<*>, Type>(type.typeParameters[0] to data)
      return Generated(model(type, bindings, 0, request = false), javaType)
    }
    return Generated(model(type, emptyMap(), 0, isRequest(type)), TYPES.constructType(type))
  }

  private fun model(
    type: Class<*>,
    bindings: Map<TypeVariable<*>, Type>,
    depth: Int,
    request: Boolean,
  ): Any {
    if (type.isInterface && type.isSealed) {
      return model(type.permittedSubclasses.random(random), bindings, depth, request)
    }
    val recipe = RECIPES.get(type)
    val builder = recipe.builder.invoke(null)
    val explicitNulls = mutableListOf<String>()
    val mayBeExplicitNull = EXPLICITLY_NULLABLE[type]
    val chosen = mutableMapOf<String, Any?>()
    for ((property, setter) in recipe.setters) {
      if (property.nullable && !allowedBy(type, property.jsonName, chosen)) {
        setter.invoke(builder, null)
        continue
      }
      if (property.nullable && random.nextInt(if (depth > 3) 2 else 4) == 0) {
        setter.invoke(builder, null)
        val allowed = mayBeExplicitNull?.contains(property.jsonName) ?: !request
        if (!property.required && allowed && recipe.explicitNulls != null && random.nextBoolean()) {
          explicitNulls += property.jsonName
        }
        continue
      }
      val value =
        when {
          type == UnknownApiKey::class.java && property.jsonName == "type" ->
            ApiKeyType.of(unknownValue())
          type == UnknownWebhookEvent::class.java && property.jsonName == "type" ->
            WebhookEventType.of(unknownValue())
          else ->
            value(property.accessor.genericReturnType, bindings, property.jsonName, depth + 1,
              request)
        }
      setter.invoke(builder, value)
      chosen[property.jsonName] = value
    }
    if (explicitNulls.isNotEmpty()) {
      recipe.explicitNulls!!.invoke(builder, explicitNulls)
    }
    repeat(if (random.nextInt(3) == 0) random.nextInt(1, 3) else 0) {
      var name = "x" + randomString(random)
      while (name in recipe.jsonNames) name += "_"
      recipe.putUnknownProperty.invoke(builder, name, json(0))
    }
    try {
      return recipe.build.invoke(builder)
    } catch (e: InvocationTargetException) {
      throw e.cause!!
    }
  }

  /**
   * Whether a request's own checks allow a value for this property, given the values chosen before
   * it: a secret key takes no client target, and only a secret key takes scopes. Without this,
   * three of four random API key requests fail their checks, too many for the round trip to prove
   * much.
   */
  private fun allowedBy(type: Class<*>, jsonName: String, chosen: Map<String, Any?>): Boolean =
    type != CreateApiKeyRequest::class.java ||
      when (jsonName) {
        "client_target" -> chosen["type"] != ApiKeyType.SECRET
        "scopes" -> chosen["type"] == ApiKeyType.SECRET
        else -> true
      }

  private fun value(
    type: Type,
    bindings: Map<TypeVariable<*>, Type>,
    jsonName: String,
    depth: Int,
    request: Boolean,
  ): Any =
    when (type) {
      is TypeVariable<*> -> value(bindings.getValue(type), bindings, jsonName, depth, request)
      is ParameterizedType -> {
        val raw = type.rawType as Class<*>
        val size = random.nextInt(0, if (depth > 2) 2 else 4)
        when {
          List::class.java.isAssignableFrom(raw) ->
            List(size) { value(type.actualTypeArguments[0], bindings, jsonName, depth, request) }
          Map::class.java.isAssignableFrom(raw) ->
            (0 until size).associate {
              randomString(random) to
                value(type.actualTypeArguments[1], bindings, jsonName, depth, request)
            }
          else -> error("No generator for $type")
        }
      }
      is Class<*> ->
        when {
          type == String::class.java -> string(jsonName, request)
          type == Int::class.javaPrimitiveType || type == Int::class.javaObjectType -> int()
          type == Double::class.javaPrimitiveType || type == Double::class.javaObjectType ->
            double()
          type == Boolean::class.javaPrimitiveType || type == Boolean::class.javaObjectType ->
            random.nextBoolean()
          type == Instant::class.java -> instant()
          type == Secret::class.java -> Secret.of(secret(random))
          type == JsonNode::class.java -> json(0)
          type == ObservationHash::class.java ->
            if (random.nextBoolean()) ObservationHash.of(randomString(random))
            else ObservationHash.of(if (random.nextBoolean()) random.nextLong() else int().toLong())
          OpenEnum::class.java.isAssignableFrom(type) -> openEnum(type)
          TripwireObject::class.java.isAssignableFrom(type) ->
            model(type, bindings, depth, request)
          else -> error("No generator for $type")
        }
      else -> error("No generator for $type")
    }

  private fun string(jsonName: String, request: Boolean): String {
    if (!request || random.nextInt(20) == 0) {
      return randomString(random)
    }
    return when (jsonName) {
      "slug" -> List(random.nextInt(1, 4)) { alnum(random.nextInt(1, 6)) }.joinToString("-")
      "id",
      "service_id" -> alnum(1) + (alnum(random.nextInt(1, 31)).replace('q', '_')) + alnum(1)
      "webhook_endpoint_id" -> "we_" + List(32) { HEX.random(random) }.joinToString("")
      "website",
      "dashboard_login_url",
      "docs_url",
      "url",
      "logo_url",
      "terms_url",
      "privacy_url",
      "allowed_origins" -> "https://" + alnum(random.nextInt(1, 10)) + ".example/" + alnum(3)
      "primary_color",
      "secondary_color" ->
        "#" + List(listOf(3, 4, 6, 8).random(random)) { HEX.random(random) }.joinToString("")
      else -> "n" + randomString(random)
    }
  }

  private fun alnum(length: Int): String =
    List(length) { ALNUM.random(random) }.joinToString("")

  private fun int(): Int =
    when (random.nextInt(4)) {
      0 -> random.nextInt(0, 101)
      1 -> listOf(0, -1, 1, Int.MAX_VALUE, Int.MIN_VALUE).random(random)
      else -> random.nextInt()
    }

  private fun double(): Double =
    when (random.nextInt(5)) {
      0 -> random.nextInt(0, 101).toDouble()
      1 -> listOf(0.0, -0.0, 1.5, Double.MAX_VALUE, Double.MIN_VALUE, -1e-300).random(random)
      2 -> random.nextDouble()
      else -> Double.fromBits(random.nextLong()).takeIf { it.isFinite() } ?: 0.25
    }

  /**
   * A fraction as free-form JSON reads it: exactly, beyond the range of a double too. Its scale is
   * never 0, since a decimal of scale 0 is written as an integer and reads back as one.
   */
  private fun decimal(): BigDecimal {
    val decimal =
      if (random.nextInt(4) == 0) BigDecimal.valueOf(random.nextLong(), random.nextInt(-5000, 5000))
      else BigDecimal(double().toString())
    return if (decimal.scale() == 0) decimal.setScale(1) else decimal
  }

  private fun instant(): Instant {
    val seconds = random.nextLong(FIRST_SECOND, LAST_SECOND)
    val nanos =
      if (random.nextBoolean()) random.nextInt(1000) * 1_000_000
      else random.nextInt(1_000_000_000)
    return Instant.ofEpochSecond(seconds, nanos.toLong())
  }

  private fun openEnum(type: Class<*>): Any {
    if (random.nextInt(4) == 0) {
      return type.getMethod("of", String::class.java).invoke(null, unknownValue())
    }
    val known = type.getMethod("knownValues").invoke(null) as List<*>
    return known.random(random)!!
  }

  private fun unknownValue(): String = "future_" + randomString(random)

  /** A random JSON value, shaped as parsing JSON text gives it, so that it reads back equal. */
  fun json(depth: Int): JsonNode {
    val nodes = JsonNodeFactory.instance
    return when (random.nextInt(if (depth >= 3) 6 else 8)) {
      0 -> nodes.textNode(randomString(random))
      1 -> nodes.numberNode(random.nextInt())
      2 -> if (random.nextBoolean()) nodes.numberNode(random.nextLong())
        else nodes.numberNode(decimal())
      3 -> nodes.booleanNode(random.nextBoolean())
      4 -> nodes.nullNode()
      5 -> nodes.numberNode(BigInteger.valueOf(Long.MAX_VALUE).shiftLeft(random.nextInt(1, 64)))
      6 ->
        nodes.objectNode().apply {
          repeat(random.nextInt(4)) { set<JsonNode>(randomString(random), json(depth + 1)) }
        }
      else -> nodes.arrayNode().apply { repeat(random.nextInt(4)) { add(json(depth + 1)) } }
    }.let { canonical(it) }
  }

  /** Longs that fit an int parse as ints: give the node the type parsing would give it. */
  private fun canonical(node: JsonNode): JsonNode =
    if (node.isLong && node.canConvertToInt()) JsonNodeFactory.instance.numberNode(node.intValue())
    else node

  private fun dataTypes(): List<Class<*>> =
    ModelClasses.built.filter { it.typeParameters.isEmpty() && !isRequest(it) }

  companion object {
    private val TYPES: TypeFactory = TypeFactory.defaultInstance()
    private val ALNUM = ('a'..'z') + ('0'..'9')
    private val HEX = ('0'..'9') + ('a'..'f')
    private val FIRST_SECOND = Instant.parse("0001-01-01T00:00:00Z").epochSecond
    private val LAST_SECOND = Instant.parse("9999-12-31T23:59:59Z").epochSecond

    /** Optional properties that a request body may send as an explicit null to remove them. */
    private val EXPLICITLY_NULLABLE: Map<Class<*>, Set<String>> =
      mapOf()

    private val SAMPLES =
      listOf(
        "a", "Z", "0", " ", "_", "-", "\"", "\\", "/", "\n", "\t", "\u0000", "\u001f", "é", "ß",
        "Ж", "中", "語", "\u2028", "\uFEFF", "😀", "👍🏽", "𝄞", "sk_live_", "{", "}", "[", "]", ":",
      )

    /** A random string: often empty or short, with ASCII, escapes, controls, and non-BMP text. */
    fun randomString(random: Random): String {
      val length = if (random.nextInt(8) == 0) 0 else random.nextInt(1, 12)
      return buildString {
        repeat(length) {
          if (random.nextBoolean()) append(SAMPLES.random(random))
          else append(('a'.code + random.nextInt(26)).toChar())
        }
      }
    }

    /** Whether [type] is a request body, whose builder checks its values. */
    fun isRequest(type: Class<*>): Boolean =
      type.simpleName.matches(Regex("(Create|Update)\\w*Request"))

    /** How to build one model type, looked up once. */
    private class Recipe(type: Class<*>) {
      val builder: Method = type.getMethod("builder")
      private val builderType: Class<*> = builder.returnType
      val setters: List<Pair<ModelClasses.Property, Method>> =
        ModelClasses.properties(type)
          .filter { !it.hasDefault }
          .map { it to setter(builderType, it) }
      val jsonNames: Set<String> = ModelClasses.properties(type).map { it.jsonName }.toSet()
      val explicitNulls: Method? =
        if (type.methods.any { it.name == "explicitNulls" && it.parameterCount == 0 })
          method(builderType, "explicitNulls", Iterable::class.java)
        else null
      val putUnknownProperty: Method =
        method(builderType, "putUnknownProperty", String::class.java, JsonNode::class.java)
      val build: Method = method(builderType, "build")
    }

    private val RECIPES =
      object : ClassValue<Recipe>() {
        override fun computeValue(type: Class<*>) = Recipe(type)
      }

    private fun setter(builder: Class<*>, property: ModelClasses.Property): Method {
      val raw = property.accessor.returnType
      val parameter =
        if (List::class.java.isAssignableFrom(raw) || Set::class.java.isAssignableFrom(raw))
          Iterable::class.java
        else raw
      return method(builder, property.accessor.name, parameter)
    }

    /** A builder method; builders inherit them from a package-private generated class. */
    private fun method(type: Class<*>, name: String, vararg parameters: Class<*>) =
      type.getMethod(name, *parameters).apply { isAccessible = true }
  }
}
