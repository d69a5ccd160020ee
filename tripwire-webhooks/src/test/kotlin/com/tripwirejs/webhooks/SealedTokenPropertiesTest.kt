package com.tripwirejs.webhooks

import com.tripwirejs.model.json.TripwireJson
import com.tripwirejs.webhooks.testing.IndependentCrypto
import com.tripwirejs.webhooks.testing.TestTokens
import com.tripwirejs.webhooks.testing.TestTokens.Recipient
import com.tripwirejs.webhooks.token.SealedTokenException
import com.tripwirejs.webhooks.token.SealedTokenVerifier
import io.kotest.property.Arb
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.codepoints
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import java.util.Base64

/** Properties of sealed token verification over generated tokens and payloads. */
@Timeout(120) // seconds: a generated input that hangs fails the property instead of the build
class SealedTokenPropertiesTest {

    private val key = "sk_live_property"
    private val verifier = SealedTokenVerifier.of(key)

    private fun payload(sessionId: String) =
        """{"object":"session_verification","session_id":${TripwireJson.write(sessionId)},"decision":{"event_id":"evt_1","verdict":"human","risk_score":1,"phase":"behavioral","is_provisional":false,"manipulation":null,"evaluation_duration_ms":1,"evaluated_at":"2026-03-24T20:00:00.000Z"},"request":{"user_agent":"u","url":"https://e.com","screen_size":null,"is_touch_capable":null,"ip_address":"::1"},"visitor_fingerprint":null,"signals":[],"score_breakdown":{"categories":{}},"attribution":{"bot":null},"embed":null}"""

    @Test
    fun `seal then verify returns the payload for any session id`(): Unit = runBlocking {
        checkAll(300, Arb.string(0..300, Arb.codepoints())) { generated ->
            val sessionId = generated.filter { !Character.isSurrogate(it) }
            assertThat(verifier.verify(TestTokens.seal(key, payload(sessionId))).sessionId()).isEqualTo(sessionId)
        }
    }

    @Test
    fun `flipping any bit of a token fails`(): Unit = runBlocking {
        val token = Base64.getDecoder().decode(TestTokens.seal(key, payload("sid_1")))
        checkAll(500, Arb.int(0 until token.size * 8)) { bit ->
            val flipped = token.copyOf().also { it[bit / 8] = (it[bit / 8].toInt() xor (1 shl (bit % 8))).toByte() }
            assertThatThrownBy { verifier.verify(Base64.getEncoder().encodeToString(flipped)) }
                .isInstanceOf(SealedTokenException::class.java)
        }
    }

    @Test
    fun `arbitrary text and bytes give a session or the one documented exception`(): Unit = runBlocking {
        checkAll(1500, Arb.string(0..200, Arb.codepoints()), Arb.byteArray(Arb.int(0..200), Arb.byte())) { text, bytes ->
            documentedOnly { verifier.verify(text) }
            documentedOnly { verifier.verify(Base64.getEncoder().encodeToString(bytes)) }
            assertThat(verifier.safeVerify(text)).isNotNull()
        }
    }

    @Test
    fun `authentic tokens of arbitrary plaintext give a session or the one documented exception`(): Unit = runBlocking {
        checkAll(1500, Arb.byteArray(Arb.int(0..400), Arb.byte()), Arb.int(0..2)) { bytes, mode ->
            val plaintext = when (mode) {
                0 -> bytes
                1 -> TestTokens.deflate(bytes)
                else -> IndependentCrypto.zlibStored(bytes)
            }
            documentedOnly { verifier.verify(TestTokens.sealCompressed(key, plaintext)) }
        }
    }

    @Test
    fun `version 2 tokens verify for any number of recipients wherever the caller's entry is`(): Unit = runBlocking {
        checkAll(60, Arb.int(1..256), Arb.int(0..255)) { count, at ->
            val position = at % count
            val recipients = (0 until count).map { if (it == position) Recipient.of(key) else Recipient.of("sk_live_other_$it") }
            val token = TestTokens.sealV2Bytes(recipients, TestTokens.deflate(IndependentCrypto.utf8(payload("sid_$count"))))
            assertThat(verifier.verify(Base64.getEncoder().encodeToString(token)).sessionId()).isEqualTo("sid_$count")
        }
    }

    @Test
    fun `flipping any bit of a version 2 token fails, except in another recipient's nonce, wrapped key or tag`(): Unit = runBlocking {
        val count = 3
        val recipients = listOf(Recipient.of("sk_live_first"), Recipient.of(key), Recipient.of("sk_live_third"))
        val token = TestTokens.sealV2Bytes(recipients, TestTokens.deflate(IndependentCrypto.utf8(payload("sid_v2"))))
        val entries = token.size - count * 92
        val callersEntry = entries + 92
        checkAll(1500, Arb.int(0 until token.size * 8)) { bit ->
            val index = bit / 8
            val flipped = token.copyOf().also { it[index] = (it[index].toInt() xor (1 shl (bit % 8))).toByte() }
            val encoded = Base64.getEncoder().encodeToString(flipped)
            val inAnotherEntry = index >= entries && (index < callersEntry || index >= callersEntry + 92)
            val unauthenticated = inAnotherEntry && (index - entries) % 92 >= 32
            if (unauthenticated) {
                assertThat(verifier.verify(encoded).sessionId()).isEqualTo("sid_v2")
            } else {
                assertThatThrownBy { verifier.verify(encoded) }.isInstanceOf(SealedTokenException::class.java)
                assertThat(verifier.safeVerify(encoded).isValid).isFalse()
            }
        }
    }

    @Test
    fun `arbitrary bytes behind a version 2 header give a session or the one documented exception`(): Unit = runBlocking {
        checkAll(1500, Arb.int(0..300), Arb.int(0..1000), Arb.byteArray(Arb.int(0..600), Arb.byte())) { count, length, rest ->
            val header = java.nio.ByteBuffer.allocate(19).put(2).putShort(count.toShort()).put(ByteArray(12)).putInt(length).array()
            documentedOnly { verifier.verify(Base64.getEncoder().encodeToString(header + rest)) }
        }
    }

    private fun documentedOnly(call: () -> Any) {
        try {
            call()
        } catch (expected: SealedTokenException) {
            assertThat(expected.message).isNotBlank()
        }
    }
}
