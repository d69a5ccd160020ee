package com.tripwirejs.gate.delivery

import com.fasterxml.jackson.databind.node.ObjectNode
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope
import com.tripwirejs.model.json.TripwireJson
import com.tripwirejs.gate.delivery.GateApprovedWebhook
import com.tripwirejs.gate.delivery.GateDelivery
import com.tripwirejs.gate.delivery.GateDeliveryException
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair
import com.tripwirejs.gate.delivery.GateEnvPolicy
import io.kotest.property.Arb
import io.kotest.property.arbitrary.byte
import io.kotest.property.arbitrary.byteArray
import io.kotest.property.arbitrary.choice
import io.kotest.property.arbitrary.codepoints
import io.kotest.property.arbitrary.element
import io.kotest.property.arbitrary.int
import io.kotest.property.arbitrary.map
import io.kotest.property.arbitrary.string
import io.kotest.property.checkAll
import kotlinx.coroutines.runBlocking
import org.assertj.core.api.Assertions.assertThat
import org.assertj.core.api.Assertions.assertThatThrownBy
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.Timeout
import java.util.Base64

/** Properties of Gate delivery encryption and of its parsers over generated input. */
@Timeout(120) // seconds: a generated input that hangs fails the property instead of the build
class GatePropertiesTest {

    private val keys = GateDeliveryKeyPair.generate()
    private val text = Arb.string(0..40, Arb.codepoints())
    private val fields = listOf("version", "algorithm", "key_id", "ephemeral_public_key", "salt", "iv", "ciphertext", "tag")

    /** Strings as Java holds them: any sequence of code points, unpaired surrogates left out. */
    private fun wellFormed(s: String) = s.filter { !Character.isSurrogate(it) }

    @Test
    fun `encrypt then decrypt returns the outputs for any string map`(): Unit = runBlocking {
        checkAll(150, Arb.map(text, Arb.string(0..200, Arb.codepoints()), 0, 12)) { generated ->
            val outputs = generated.entries.associate { wellFormed(it.key) to wellFormed(it.value) }
            val payload = keys.decrypt(GateDelivery.encrypt(keys.delivery(), outputs))
            assertThat(payload.outputs().mapValues { it.value.reveal() }).isEqualTo(outputs)
        }
    }

    @Test
    fun `outputs that are not valid Unicode are refused before anything is encrypted`(): Unit = runBlocking {
        checkAll(100, text, Arb.int(0xD800..0xDFFF)) { value, surrogate ->
            val broken = value.filter { !Character.isSurrogate(it) } + surrogate.toChar()
            assertThatThrownBy { GateDelivery.encrypt(keys.delivery(), mapOf("K" to broken)) }
                .isInstanceOf(IllegalArgumentException::class.java)
                .hasMessageContaining("output #1")
                .hasMessageNotContaining(broken)
        }
    }

    @Test
    fun `any mutation of any envelope field fails`(): Unit = runBlocking {
        val envelope = TripwireJson.toTree(GateDelivery.encrypt(keys.delivery(), mapOf("ACME_API_KEY" to "ak_1"))) as ObjectNode
        val alphabet = ('A'..'Z') + ('a'..'z') + ('0'..'9') + listOf('-', '_', '=', '+', '/', ' ')
        checkAll(600, Arb.element(fields), Arb.int(0..Int.MAX_VALUE), Arb.element(alphabet), Arb.int(0..2)) { field, at, char, mode ->
            val mutated = envelope.deepCopy()
            if (field == "version") {
                mutated.put("version", if (at % 2 == 0) at % 1000 + 2 else -(at % 1000))
            } else {
                val value = envelope.get(field).asText()
                val index = at % value.length
                val changed = when (mode) {
                    0 -> value.substring(0, index) + char + value.substring(index + 1)
                    1 -> value.substring(0, index) + value.substring(index + 1)
                    else -> value.substring(0, index) + char + value.substring(index)
                }
                if (changed == value) return@checkAll
                mutated.put(field, changed)
                if (field == "ephemeral_public_key" && sameX25519Key(value, changed)) {
                    // Only the bit X25519 ignores changed: the same key, the same delivery.
                    assertThat(keys.decrypt(mutated.toString()).outputs()["ACME_API_KEY"]?.reveal()).isEqualTo("ak_1")
                    return@checkAll
                }
            }
            assertThatThrownBy { keys.decrypt(mutated.toString()) }.isInstanceOf(GateDeliveryException::class.java)
            assertThatThrownBy { keys.decrypt(TripwireJson.fromTree(mutated, GateDeliveryEnvelope::class.java)) }
                .isInstanceOf(GateDeliveryException::class.java)
        }
    }

    @Test
    fun `an ephemeral key that differs only in the bit X25519 ignores decrypts to the same outputs`() {
        val envelope = TripwireJson.toTree(GateDelivery.encrypt(keys.delivery(), mapOf("ACME_API_KEY" to "ak_1"))) as ObjectNode
        val key = Base64.getUrlDecoder().decode(envelope.get("ephemeral_public_key").asText())
        key[31] = (key[31].toInt() xor 0x80).toByte()
        envelope.put("ephemeral_public_key", b64(key))

        // RFC 7748 masks the top bit of a public key, and the contract binds the key no other way
        // (fixed HKDF info, no AAD): the envelope is the same delivery, not a forgery.
        assertThat(keys.decrypt(envelope.toString()).outputs()["ACME_API_KEY"]?.reveal()).isEqualTo("ak_1")
    }

    /** Whether two base64url texts decode to 32-byte keys that differ only in the top bit of the last byte. */
    private fun sameX25519Key(a: String, b: String): Boolean {
        val x = decodedOrNull(a) ?: return false
        val y = decodedOrNull(b) ?: return false
        if (x.size != 32 || y.size != 32 || x.contentEquals(y)) return false
        x[31] = (x[31].toInt() and 0x7f).toByte()
        y[31] = (y[31].toInt() and 0x7f).toByte()
        return x.contentEquals(y)
    }

    private fun decodedOrNull(text: String): ByteArray? =
        try {
            Base64.getUrlDecoder().decode(text)
        } catch (e: IllegalArgumentException) {
            null
        }

    @Test
    fun `arbitrary text fed to every Gate parser gives a value or the one documented exception`(): Unit = runBlocking {
        checkAll(1500, Arb.string(0..300, Arb.codepoints())) { input ->
            documentedOnly { GateDelivery.parseRequest(input) }
            documentedOnly { GateDelivery.parseEnvelope(input) }
            documentedOnly { GateApprovedWebhook.parsePayload(input) }
            documentedOnly { GateDeliveryKeyPair.fromPkcs8(input) }
            documentedOnly { keys.decrypt(input) }
            documentedOnly { GateEnvPolicy.agentTokenEnvKey(input) }
            GateEnvPolicy.isBlockedEnvVarKey(input)
            GateEnvPolicy.isManagedEnvVarKey(input)
        }
    }

    @Test
    fun `arbitrary bytes as a PKCS#8 key give a key pair or the one documented exception`(): Unit = runBlocking {
        val prefix = Base64.getUrlDecoder().decode(keys.exportPkcs8().reveal()).copyOf(16)
        checkAll(1500, Arb.byteArray(Arb.int(0..80), Arb.byte()), Arb.int(0..1)) { bytes, withPrefix ->
            val der = if (withPrefix == 1 && bytes.size >= 16) prefix + bytes.copyOfRange(16, bytes.size) else bytes
            documentedOnly { GateDeliveryKeyPair.fromPkcs8(b64(der)) }
        }
    }

    @Test
    fun `well-formed envelopes of arbitrary bytes fail as documented`(): Unit = runBlocking {
        val lengths = Arb.choice(Arb.element(0, 12, 16, 32), Arb.int(0..48))
        checkAll(300, Arb.byteArray(lengths, Arb.byte()), Arb.byteArray(lengths, Arb.byte()), Arb.byteArray(lengths, Arb.byte()), Arb.byteArray(Arb.int(1..64), Arb.byte()), Arb.byteArray(lengths, Arb.byte())) { eph, salt, iv, ct, tag ->
            val envelope = GateDeliveryEnvelope.builder().keyId(keys.keyId()).ephemeralPublicKey(b64(eph)).salt(b64(salt)).iv(b64(iv)).ciphertext(b64(ct)).tag(b64(tag)).build()
            assertThatThrownBy { keys.decrypt(envelope) }.isInstanceOf(GateDeliveryException::class.java)
        }
    }

    private fun b64(bytes: ByteArray) = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes)

    private fun documentedOnly(call: () -> Any) {
        try {
            call()
        } catch (expected: GateDeliveryException) {
            assertThat(expected.message).isNotBlank()
        }
    }
}
