package com.tripwirejs.webhooks

import com.tripwirejs.model.webhook.event.WebhookTestEvent
import io.kotest.property.Arb
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.codepoints
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.long
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset

/** Properties of webhook signing and verification over generated bodies, secrets and headers. */
@Timeout(120) // seconds: a generated input that hangs fails the property instead of the build
class WebhookPropertiesTest {

    private val now = Instant.parse("2026-01-02T00:00:00Z")
    private val clock = Clock.fixed(now, ZoneOffset.UTC)
    private val secrets = Arb.string(1..48, Arb.codepoints())
    private val bodies = Arb.byteArray(Arb.int(0..1024), Arb.byte())
    private val inTolerance = Arb.long(-300L..300L)

    private fun verifier(secret: String) =
        WebhookVerifier.builder().addSigningSecret(secret).clock(clock).build()

    @Test
    fun `sign then verify holds for any body, secret and timestamp within the tolerance`(): Unit = runBlocking {
        checkAll(400, bodies, secrets, inTolerance) { body, secret, skew ->
            val signature = WebhookSigner.of(secret).sign(body, now.plusSeconds(skew))
            verifier(secret).verifySignature(body, signature.timestamp(), signature.signature())
        }
    }

    @Test
    fun `sign then verify reads any event text back`(): Unit = runBlocking {
        checkAll(200, Arb.string(0..200, Arb.codepoints()), secrets) { text, secret ->
            val id = text.filter { !Character.isSurrogate(it) }
            val body = """{"id":"wevt_1","object":"webhook_event","type":"webhook.test","created":"2026-01-02T00:00:00.000Z","data":{"object":"webhook_test","endpoint":{"id":${com.tripwirejs.model.json.TripwireJson.write(id)}}}}"""
            val event = verifier(secret).verify(body, WebhookSigner.of(secret).withClock(clock).sign(body).headers())
            assertThat((event as WebhookTestEvent).data().endpoint().id()).isEqualTo(id)
        }
    }

    @Test
    fun `flipping any bit of the body, the signature or the timestamp fails`(): Unit = runBlocking {
        checkAll(400, Arb.byteArray(Arb.int(1..512), Arb.byte()), secrets, Arb.int(0..Int.MAX_VALUE)) { body, secret, pick ->
            val verifier = verifier(secret)
            val signature = WebhookSigner.of(secret).sign(body, now)

            val bit = pick % (body.size * 8)
            val flippedBody = body.copyOf().also { it[bit / 8] = (it[bit / 8].toInt() xor (1 shl (bit % 8))).toByte() }
            assertRejected { verifier.verifySignature(flippedBody, signature.timestamp(), signature.signature()) }
            assertRejected { verifier.verifySignature(body, signature.timestamp(), flipBit(signature.signature(), pick)) }
            assertRejected { verifier.verifySignature(body, flipBit(signature.timestamp(), pick), signature.signature()) }
        }
    }

    @Test
    fun `timestamps outside the tolerance fail however well signed`(): Unit = runBlocking {
        checkAll(200, bodies, secrets, Arb.long(301L..10_000_000L), Arb.int(0..1)) { body, secret, distance, sign ->
            val signature = WebhookSigner.of(secret).sign(body, now.plusSeconds(if (sign == 0) distance else -distance))
            assertThatThrownBy { verifier(secret).verifySignature(body, signature.timestamp(), signature.signature()) }
                .isInstanceOfSatisfying(WebhookVerificationException::class.java) {
                    assertThat(it.reason()).isEqualTo(WebhookVerificationException.Reason.TIMESTAMP_OUTSIDE_TOLERANCE)
                }
        }
    }

    @Test
    fun `arbitrary bodies and header values give an event or the one documented exception`(): Unit = runBlocking {
        val verifier = verifier("whsec_example")
        val signer = WebhookSigner.of("whsec_example").withClock(clock)
        val text = Arb.string(0..64, Arb.codepoints())
        checkAll(1000, bodies, text, text) { body, timestamp, signature ->
            documentedOnly { verifier.verify(body, timestamp, signature) }
            // Signed, so that the body reaches the event parser.
            documentedOnly { verifier.verify(body, signer.sign(body).headers()) }
        }
    }

    @Test
    fun `mutated event bodies that are correctly signed give an event or the one documented exception`(): Unit = runBlocking {
        val verifier = verifier("whsec_example")
        val signer = WebhookSigner.of("whsec_example").withClock(clock)
        val event = """{"id":"wevt_1","object":"webhook_event","type":"gate.session.approved","created":"2026-01-02T00:00:00.000Z","data":{"service_id":"billing-eu","gate_session_id":"gate_1","gate_account_id":"gacct_1","account_name":"Initech","metadata":{"seats":5},"tripwire":{"verdict":"inconclusive","score":0.5},"delivery":{"version":1,"algorithm":"x25519-hkdf-sha256/aes-256-gcm","key_id":"tVTyRkRJHxvmuk6Snle1Ps9Q_ms3z2E5vanHr38jmWw","public_key":"QaL48qltvRc812nQUY8hFlVuynZeBxIuowJ1R_gF00s"}}}"""
        checkAll(2000, Arb.int(0 until event.length), Arb.int(0..127), Arb.int(0..3)) { at, replacement, mode ->
            val mutated = when (mode) {
                0 -> event.substring(0, at) + replacement.toChar() + event.substring(at + 1)
                1 -> event.substring(0, at)
                2 -> event.substring(0, at) + event.substring(at + 1)
                else -> event.substring(0, at) + replacement.toChar() + event.substring(at)
            }
            documentedOnly { verifier.verify(mutated, signer.sign(mutated).headers()) }
        }
    }

    @Test
    fun `arbitrary header maps give an event or the one documented exception`(): Unit = runBlocking {
        val verifier = verifier("whsec_example")
        val names = Arb.string(0..24, Arb.codepoints())
        checkAll(500, Arb.map(names, Arb.string(0..70, Arb.codepoints()), 0, 6), Arb.int(0..2)) { extra, variant ->
            val headers = HashMap<String, Any>(extra)
            val signature = WebhookSigner.of("whsec_example").withClock(clock).sign("{}")
            when (variant) {
                0 -> headers["x-tripwire-timestamp"] = signature.timestamp()
                1 -> headers["X-TRIPWIRE-SIGNATURE"] = listOf(signature.signature())
                else -> headers.putAll(signature.headers())
            }
            documentedOnly { verifier.verify("{}", headers) }
        }
    }

    private fun flipBit(text: String, pick: Int): String {
        val chars = text.toCharArray()
        val index = (pick / 7) % chars.size
        chars[index] = (chars[index].code xor (1 shl (pick % 7))).toChar()
        return String(chars)
    }

    private fun assertRejected(call: () -> Unit) {
        assertThatThrownBy { call() }.isInstanceOf(WebhookVerificationException::class.java)
    }

    private fun documentedOnly(call: () -> Any) {
        try {
            call()
        } catch (expected: WebhookVerificationException) {
            assertThat(expected.message).isNotBlank()
        }
    }
}
