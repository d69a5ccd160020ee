package com.tripwirejs.kotlin

import com.tripwirejs.api.TripwireClient
import com.tripwirejs.api.sessions.SessionListParams
import com.tripwirejs.model.apikey.ApiKey
import com.tripwirejs.model.apikey.ApiKeyEnvironment
import com.tripwirejs.model.apikey.ApiKeyScope
import com.tripwirejs.model.apikey.ApiKeyType
import com.tripwirejs.model.apikey.CreateApiKeyRequest
import com.tripwirejs.model.apikey.PublishableApiKey
import com.tripwirejs.model.apikey.SecretApiKey
import com.tripwirejs.model.apikey.UnknownApiKey
import com.tripwirejs.model.webhook.event.SessionResultPersistedEvent
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent
import com.tripwirejs.model.webhook.event.WebhookEvent
import com.tripwirejs.model.webhook.event.WebhookTestEvent
import com.tripwirejs.webhooks.WebhookSigner
import com.tripwirejs.webhooks.WebhookVerifier
import kotlinx.coroutines.async
import kotlinx.coroutines.future.await
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.AfterAll
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.TestInstance

/** The SDK used the way Kotlin code uses it, against real HTTP calls. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdiomaticUseTest {
  private val server = FixtureServer()

  private fun client(): TripwireClient =
    TripwireClient.builder().secretKey("sk_test_kotlin_0123456789").baseUrl(server.baseUrl).build()

  @AfterAll fun stop() = server.close()

  @Test
  fun `use closes the client, and nullable fields are Kotlin nullables`() {
    val client = client()
    val detail =
      client.use {
        it.sessions().get("sid_0123456789abcdefghjkmnpqrs")
      }

    // Non-null properties need no ?. and nullable ones must be handled: the compile check proves
    // the second half; here the values come out as the API sent them.
    val eventId: String = detail.decision().eventId()
    val nativeApp = detail.nativeApp()?.toString() ?: "no native app"
    assertThat(detail.id()).isEqualTo("sid_0123456789abcdefghjkmnpqrs")
    assertThat(eventId).isNotBlank()
    assertThat(nativeApp).isEqualTo("no native app")
    assertThatThrownBy { client.sessions().get("sid_0123456789abcdefghjkmnpqrs") }
      .isInstanceOf(IllegalStateException::class.java)
  }

  @Test
  fun `auto-paging reads as a Kotlin sequence`() {
    client().use { client ->
      val params = SessionListParams.builder().limit(50).build()
      val ids = client.sessions().listAutoPaging(params).asSequence().map { it.id() }.toList()

      // Two pages: the fixture's first page names a next cursor, the second one does not.
      assertThat(ids).hasSize(2)
      assertThat(server.received.filter { it.startsWith("GET /v1/sessions?") }.last())
        .contains("cursor=cur_sessions_page_2")
    }
  }

  @Test
  fun `await() on the non-blocking client`(): Unit = runBlocking {
    client().use { client ->
      val detail = async { client.async().sessions().get("sid_0123456789abcdefghjkmnpqrs").await() }
      val page = client.async().sessions().list().await()

      assertThat(detail.await().id()).isEqualTo("sid_0123456789abcdefghjkmnpqrs")
      assertThat(page.items()).isNotEmpty()
    }
  }

  @Test
  fun `builders and an exhaustive when over the sealed API key type`() {
    client().use { client ->
      val request =
        CreateApiKeyRequest.builder()
          .name("Checkout")
          .type(ApiKeyType.SECRET)
          .environment(ApiKeyEnvironment.TEST)
          .scopes(listOf(ApiKeyScope.ALL))
          .build()
      val issued = client.organizations().apiKeys().create("org_56789abcdefghjkmnpqrstvwxy", request)
      assertThat(issued.revealedKey().reveal()).isNotBlank()
      assertThat(issued.toString()).doesNotContain(issued.revealedKey().reveal())

      val described =
        client.organizations().apiKeys().list("org_56789abcdefghjkmnpqrstvwxy").items().map { key: ApiKey ->
          when (key) {
            is PublishableApiKey -> "publishable, origins ${key.allowedOrigins()}"
            is SecretApiKey -> "secret, scopes ${key.scopes()}"
            is UnknownApiKey -> "a type this SDK does not know: ${key.type().value()}"
          }
        }
      assertThat(described).singleElement().asString().startsWith("publishable")
    }
  }

  @Test
  fun `verified webhooks, and an exhaustive when over the sealed event type`() {
    val secret = "whsec_kotlin_0123456789abcdef"
    val verifier = WebhookVerifier.of(secret)
    val signer = WebhookSigner.of(secret)
    val bodies =
      listOf(
        """{"id":"evt_1","object":"webhook_event","created":"2026-03-24T20:00:00.000Z","type":"webhook.test",""" +
          """"data":{"object":"webhook_test","endpoint":{"id":"we_1"}}}""",
        """{"id":"evt_2","object":"webhook_event","created":"2026-03-24T20:00:00.000Z","type":"account.future",""" +
          """"data":{"anything":true}}""",
      )

    val handled =
      bodies.map { body ->
        when (val event: WebhookEvent = verifier.verify(body, signer.sign(body).headers())) {
          is SessionResultPersistedEvent -> "persisted ${event.data()}"
          is WebhookTestEvent -> "test from ${event.data().endpoint().id()}"
          is UnknownWebhookEvent -> "skipped ${event.type().value()}"
        }
      }

    assertThat(handled).containsExactly("test from we_1", "skipped account.future")
  }
}
