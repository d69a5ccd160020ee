package com.tripwirejs.model

import com.tripwirejs.model.json.TripwireJson
import java.util.stream.Stream
import kotlin.random.Random
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory

/**
 * Secrets never print: for every model type, instances built with distinctive secret values show
 * none of them in `toString()`, whether the secret sits in the object itself or in anything it
 * contains, while the JSON still carries them. The types that hold a [Secret] are found by
 * reflection, so a new one is covered without editing this test.
 */
class SecretRedactionTest {

  /** The model types with an accessor that returns a [Secret]. */
  private val holders: List<Class<*>> =
    (ModelClasses.built + ModelClasses.unions).filter { type ->
      ModelClasses.properties(type).any { it.accessor.returnType == Secret::class.java }
    }

  @Test
  fun `the secret holders are found`() {
    assertThat(holders.map { it.simpleName })
      .contains(
        "ApiKey",
        "IssuedApiKey",
        "WebhookEndpoint",
      )
  }

  @TestFactory
  fun `no model type prints a secret it holds`(): Stream<DynamicTest> =
    ModelClasses.built.stream().map { type ->
      DynamicTest.dynamicTest(type.simpleName) { neverPrintsSecrets(type) }
    }

  @Test
  fun `envelopes and lists around a secret holder do not print it`() {
    val random = Random(20260324)
    val secrets = mutableListOf<String>()
    val generator = ModelGenerator(random) { distinctive(it).also(secrets::add) }
    for (holder in holders.filter { !ModelGenerator.isRequest(it) }) {
      val value = generated(generator, holder)
      val envelope =
        com.tripwirejs.model.common.Envelope.builder<Any>()
          .data(value)
          .meta(com.tripwirejs.model.common.ResponseMeta.builder().requestId("req_1").build())
          .build()
      val list =
        com.tripwirejs.model.common.ListEnvelope.builder<Any>()
          .addData(value)
          .meta(com.tripwirejs.model.common.ResponseMeta.builder().requestId("req_1").build())
          .build()
      assertNoSecret(envelope.toString(), secrets)
      assertNoSecret(list.toString(), secrets)
    }
    assertThat(secrets).isNotEmpty()
  }

  private fun neverPrintsSecrets(type: Class<*>) {
    val random = Random(type.name.hashCode())
    val secrets = mutableListOf<String>()
    val generator = ModelGenerator(random) { distinctive(it).also(secrets::add) }
    repeat(25) {
      val value = generated(generator, type)
      assertNoSecret(value.toString(), secrets)
      val json = TripwireJson.write(value)
      for (property in ModelClasses.properties(type)) {
        if (property.accessor.returnType == Secret::class.java) {
          val secret = property.accessor.invoke(value) as Secret? ?: continue
          assertThat(json).`as`("the JSON carries the secret itself").contains(secret.reveal())
        }
      }
    }
    if (type in holders || holders.any { it.isAssignableFrom(type) }) {
      assertThat(secrets).`as`("secrets generated for %s", type.simpleName).isNotEmpty()
    }
  }

  private fun generated(generator: ModelGenerator, type: Class<*>): Any {
    while (true) {
      generator.tryInstance(type)?.let {
        return it.value
      }
    }
  }

  private fun assertNoSecret(text: String, secrets: List<String>) {
    for (secret in secrets) {
      assertThat(text).doesNotContain(secret)
    }
  }

  private companion object {
    /** A value that cannot appear by accident in a `toString()`. */
    fun distinctive(random: Random): String =
      "sk_live_SECRET_" + List(16) { ('a'..'z').random(random) }.joinToString("")
  }
}
