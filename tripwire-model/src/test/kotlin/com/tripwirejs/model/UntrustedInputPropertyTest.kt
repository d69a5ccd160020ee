package com.tripwirejs.model

import com.fasterxml.jackson.databind.JsonNode
import com.fasterxml.jackson.databind.node.ArrayNode
import com.fasterxml.jackson.databind.node.JsonNodeFactory
import com.fasterxml.jackson.databind.node.ObjectNode
import com.tripwirejs.model.json.TripwireJson
import com.tripwirejs.model.json.TripwireJsonException
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.PropTestConfig
import io.kotest.property.checkAll
import java.util.stream.Stream
import kotlin.random.Random
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.fail
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.TestFactory

/**
 * Reading untrusted JSON as any model type gives a value or a [TripwireJsonException], never
 * another exception; its message never quotes the input; and whatever is accepted still
 * round-trips. The inputs are valid documents with one mutation each: a value replaced by one of
 * another JSON type (often a secret-looking string), a property removed, the text cut short, or
 * a character inserted.
 */
class UntrustedInputPropertyTest {

  @TestFactory
  fun `mutated documents fail cleanly or round-trip`(): Stream<DynamicTest> =
    ModelClasses.built.stream().map { type ->
      DynamicTest.dynamicTest(type.simpleName) { survivesMutations(type) }
    }

  private fun survivesMutations(type: Class<*>) = runBlocking {
    var rejected = 0
    val inputs =
      arbitrary { rs ->
        val generator = ModelGenerator(rs.random)
        generator.tryInstance(type)?.let { mutate(rs.random, it) }
      }
    checkAll(PropTestConfig(seed = SEED, iterations = ITERATIONS), inputs) { input ->
      if (input == null) return@checkAll
      try {
        val value = TripwireJson.read<Any>(input.json, input.generated.type)
        val written = TripwireJson.writeBytes(value)
        assertThat(TripwireJson.read<Any>(written, input.generated.type)).isEqualTo(value)
      } catch (e: TripwireJsonException) {
        rejected++
        assertThat(e.message).doesNotContain(input.injected)
        assertThat(e.path()).startsWith("$")
      } catch (e: Exception) {
        fail<Unit>("Reading a mutated ${type.simpleName} threw ${e.javaClass.name}", e)
      }
    }
    assertThat(rejected).`as`("mutated inputs rejected").isPositive()
  }

  /** A document, the generated value it came from, and the secret-looking text injected. */
  class Input(val json: ByteArray, val generated: ModelGenerator.Generated, val injected: String)

  private fun mutate(random: Random, generated: ModelGenerator.Generated): Input {
    val injected = "sk_live_" + List(12) { ('a'..'z').random(random) }.joinToString("")
    val tree = TripwireJson.toTree(generated.value)
    val json =
      when (random.nextInt(6)) {
        0, 1, 2 -> {
          replaceSomeValue(random, tree, injected)
          TripwireJson.writeBytes(tree)
        }
        3 -> {
          removeSomeProperty(random, tree)
          TripwireJson.writeBytes(tree)
        }
        4 -> TripwireJson.writeBytes(tree).let { it.copyOf(random.nextInt(it.size)) }
        else ->
          TripwireJson.writeBytes(tree).let { bytes ->
            val at = random.nextInt(bytes.size + 1)
            val inserted = PUNCTUATION.random(random).code.toByte()
            bytes.copyOf(at) + inserted + bytes.copyOfRange(at, bytes.size)
          }
      }
    return Input(json, generated, injected)
  }

  private fun replaceSomeValue(random: Random, root: JsonNode, injected: String) {
    val containers = containers(root)
    val container = containers.random(random)
    val replacement = replacement(random, injected)
    when (container) {
      is ObjectNode ->
        if (container.size() == 0) container.set<JsonNode>(injected, replacement)
        else container.set<JsonNode>(names(container).random(random), replacement)
      is ArrayNode ->
        if (container.size() == 0) container.add(replacement)
        else container.set(random.nextInt(container.size()), replacement)
    }
  }

  private fun removeSomeProperty(random: Random, root: JsonNode) {
    val objects = containers(root).filterIsInstance<ObjectNode>().filter { it.size() > 0 }
    if (objects.isNotEmpty()) {
      val target = objects.random(random)
      target.remove(names(target).random(random))
    }
  }

  private fun replacement(random: Random, injected: String): JsonNode {
    val nodes = JsonNodeFactory.instance
    return when (random.nextInt(9)) {
      0, 1, 2 -> nodes.textNode(injected)
      3 -> nodes.numberNode(random.nextLong())
      4 -> nodes.numberNode(random.nextDouble())
      5 -> nodes.booleanNode(random.nextBoolean())
      6 -> nodes.nullNode()
      7 -> nodes.objectNode().put("token", injected)
      else -> nodes.arrayNode().add(injected)
    }
  }

  private fun names(node: ObjectNode): List<String> = node.fieldNames().asSequence().toList()

  private fun containers(node: JsonNode): List<JsonNode> =
    if (node.isContainerNode) listOf(node) + node.elements().asSequence().flatMap { containers(it) }
    else emptyList()

  private companion object {
    /** Tries per model type; raise it with -Dtripwire.propertyTries for a longer search. */
    val ITERATIONS = Integer.getInteger("tripwire.propertyTries", 120) / 2
    /** Replays a failure: -Dtripwire.propertySeed=<the seed a failure printed>. */
    val SEED: Long? = System.getProperty("tripwire.propertySeed")?.toLong()
    val PUNCTUATION = listOf('{', '}', '[', ']', ',', ':', '"', '\\', 'x', '0', '-', ' ')
  }
}
