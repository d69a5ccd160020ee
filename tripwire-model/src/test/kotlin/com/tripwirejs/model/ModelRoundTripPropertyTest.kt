package com.tripwirejs.model

import com.fasterxml.jackson.databind.type.TypeFactory
import com.tripwirejs.model.json.TripwireJson
import io.kotest.property.arbitrary.arbitrary
import io.kotest.property.PropTestConfig
import io.kotest.property.checkAll
import java.util.stream.Stream
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.junit.jupiter.api.DynamicTest
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestFactory

/**
 * For every model type, random valid instances survive JSON: writing and reading back gives an
 * equal instance, and writing that again gives the same bytes. The types are found by scanning,
 * so a new model class is covered without editing this test.
 */
class ModelRoundTripPropertyTest {

  @Test
  fun `the scan finds the model types and the unions`() {
    assertThat(ModelClasses.built.map { it.simpleName })
      .contains("SessionDetail", "Envelope", "UpdateOrganizationRequest", "SecretApiKey")
      .doesNotContain("ApiKey", "TripwireObject")
    assertThat(ModelClasses.unions.map { it.simpleName })
      .containsExactlyInAnyOrder("ApiKey", "WebhookEvent")
  }

  @TestFactory
  fun `every model type round-trips through JSON`(): Stream<DynamicTest> =
    ModelClasses.built.stream().map { type ->
      DynamicTest.dynamicTest(type.simpleName) { roundTrips(type) }
    }

  private fun roundTrips(type: Class<*>) = runBlocking {
    var built = 0
    var rejected = 0
    val instances = arbitrary { rs -> ModelGenerator(rs.random).tryInstance(type) }
    checkAll(PropTestConfig(seed = SEED, iterations = ITERATIONS), instances) { generated ->
      if (generated == null) {
        rejected++
        return@checkAll
      }
      built++
      val json = TripwireJson.writeBytes(generated.value)
      val read = TripwireJson.read<Any>(json, generated.type)
      assertThat(read).isEqualTo(generated.value)
      assertThat(read.javaClass).isEqualTo(generated.value.javaClass)
      assertThat(String(TripwireJson.writeBytes(read), Charsets.UTF_8))
        .isEqualTo(String(json, Charsets.UTF_8))
      val union = ModelClasses.unionOf(type)
      if (union != null) {
        assertThat(TripwireJson.read<Any>(json, TypeFactory.defaultInstance().constructType(union)))
          .isEqualTo(generated.value)
      }
    }
    // Request checks reject some random instances; enough must pass for the test to prove much.
    assertThat(built)
      .`as`("instances of %s that passed its checks (%d rejected)", type.simpleName, rejected)
      .isGreaterThanOrEqualTo(ITERATIONS / 4)
  }

  private companion object {
    /** Tries per model type; raise it with -Dtripwire.propertyTries for a longer search. */
    val ITERATIONS = Integer.getInteger("tripwire.propertyTries", 120)
    /** Replays a failure: -Dtripwire.propertySeed=<the seed a failure printed>. */
    val SEED: Long? = System.getProperty("tripwire.propertySeed")?.toLong()
  }
}
