package com.tripwirejs.gate.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.gate.delivery.GateDelivery;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.delivery.GateDeliveryPayload;
import com.tripwirejs.gate.delivery.IndependentGate;
import com.tripwirejs.gate.internal.HkdfSha256;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.webhooks.testing.IndependentCrypto;
import java.lang.reflect.Method;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.bouncycastle.crypto.util.PrivateKeyInfoFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Gate delivery interoperability, not self-consistency: what an independent implementation
 * produces decrypts here, and what this SDK produces decrypts there. Where production uses the JDK
 * (X25519, AES-GCM, SHA-256) the other side is Bouncy Castle; where production uses Bouncy Castle
 * (HKDF) the other side is the JDK.
 */
class GateInteropTest {

  /** id-X25519, RFC 8410. */
  static final ASN1ObjectIdentifier X25519_OID = new ASN1ObjectIdentifier("1.3.101.110");

  @Test
  void hkdfMatchesRfc5869AndTheJdkBasedImplementation() {
    // RFC 5869, appendix A.1.
    byte[] ikm = IndependentCrypto.hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    byte[] salt = IndependentCrypto.hex("000102030405060708090a0b0c");
    byte[] info = IndependentCrypto.hex("f0f1f2f3f4f5f6f7f8f9");
    String okm = "3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865";
    assertThat(HexFormat.of().formatHex(HkdfSha256.derive(ikm, salt, info, 42))).isEqualTo(okm);
    assertThat(HexFormat.of().formatHex(IndependentCrypto.hkdfWithJdkHmac(ikm, salt, info, 42))).isEqualTo(okm);
  }

  @RepeatedTest(20)
  void hkdfAgreesWithTheJdkOnRandomInputs() {
    byte[] ikm = IndependentCrypto.random(32);
    byte[] salt = IndependentCrypto.random(32);
    byte[] info = IndependentCrypto.random(25);
    assertThat(HkdfSha256.derive(ikm, salt, info, 32)).isEqualTo(IndependentCrypto.hkdfWithJdkHmac(ikm, salt, info, 32));
  }

  @Test
  void hkdfAgreesWithTheJdksOwnKdfWhereTheJdkHasOne() throws Exception {
    // javax.crypto.KDF (final in Java 25) is looked up reflectively: the module compiles for 17.
    Class<?> kdfClass;
    try {
      kdfClass = Class.forName("javax.crypto.KDF");
    } catch (ClassNotFoundException e) {
      Assumptions.abort("This JDK has no javax.crypto.KDF (Java 25+); the HMAC-based check covers it");
      return;
    }
    Object kdf = kdfClass.getMethod("getInstance", String.class).invoke(null, "HKDF-SHA256");
    Class<?> hkdfSpec = Class.forName("javax.crypto.spec.HKDFParameterSpec");
    byte[] ikm = IndependentCrypto.random(32);
    byte[] salt = IndependentCrypto.random(32);
    byte[] info = "tripwire-gate-delivery:v1".getBytes();
    Object builder = hkdfSpec.getMethod("ofExtract").invoke(null);
    builder = builder.getClass().getMethod("addIKM", byte[].class).invoke(builder, (Object) ikm);
    builder = builder.getClass().getMethod("addSalt", byte[].class).invoke(builder, (Object) salt);
    Method thenExpand = builder.getClass().getMethod("thenExpand", byte[].class, int.class);
    thenExpand.setAccessible(true);
    Object spec = thenExpand.invoke(builder, info, 32);
    Method deriveData = kdfClass.getMethod("deriveData", java.security.spec.AlgorithmParameterSpec.class);
    byte[] jdk = (byte[]) deriveData.invoke(kdf, spec);
    assertThat(HkdfSha256.derive(ikm, salt, info, 32)).isEqualTo(jdk);
  }

  @RepeatedTest(10)
  void envelopesFromTheIndependentImplementationDecrypt() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    byte[] plaintext = IndependentCrypto.utf8("{\"version\":1,\"outputs\":{\"ACME_API_KEY\":\"ak_\u00e9\"},\"ack_token\":\"ack_1\"}");

    GateDeliveryPayload payload = keys.decrypt(IndependentGate.encrypt(keys.delivery(), plaintext));

    assertThat(payload.output("ACME_API_KEY").orElseThrow().reveal()).isEqualTo("ak_\u00e9");
    assertThat(payload.ackToken().reveal()).isEqualTo("ack_1");
  }

  @RepeatedTest(10)
  void envelopesFromThisSdkDecryptWithTheIndependentImplementation() throws Exception {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    GateDeliveryEnvelope envelope = GateDelivery.encrypt(keys.delivery(), Map.of("ACME_API_KEY", "ak_\ud83d\ude00"));

    byte[] plaintext = IndependentGate.decrypt(rawPrivateKey(keys), envelope);

    // Compared as JSON: the model's writer escapes characters outside the BMP (valid JSON that
    // every reader decodes to the same string).
    assertThat(new ObjectMapper().readTree(plaintext))
        .isEqualTo(new ObjectMapper().readTree("{\"version\":1,\"outputs\":{\"ACME_API_KEY\":\"ak_\ud83d\ude00\"}}"));
  }

  @Test
  void privateKeysExportAsPkcs8ThatBouncyCastleReadsAsX25519() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(Base64.getUrlDecoder().decode(keys.exportPkcs8().reveal()));
    assertThat(info.getPrivateKeyAlgorithm().getAlgorithm()).isEqualTo(X25519_OID);
    byte[] scalar = rawPrivateKey(keys);
    String bcPublic = Base64.getUrlEncoder().withoutPadding().encodeToString(new X25519PrivateKeyParameters(scalar, 0).generatePublicKey().getEncoded());
    assertThat(bcPublic).isEqualTo(keys.delivery().publicKey());
  }

  @Test
  void pkcs8KeysWrittenByBouncyCastleImportWithTheSamePublicKey() throws Exception {
    for (boolean withPublicKey : new boolean[] {false, true}) {
      X25519PrivateKeyParameters bc = IndependentCrypto.x25519PrivateKey();
      byte[] der =
          withPublicKey
              ? PrivateKeyInfoFactory.createPrivateKeyInfo(bc).getEncoded()
              : new PrivateKeyInfo(
                      new org.bouncycastle.asn1.x509.AlgorithmIdentifier(X25519_OID),
                      new org.bouncycastle.asn1.DEROctetString(bc.getEncoded()))
                  .getEncoded();
      GateDeliveryKeyPair keys = GateDeliveryKeyPair.fromPkcs8(Base64.getUrlEncoder().withoutPadding().encodeToString(der));
      byte[] bcPublic = bc.generatePublicKey().getEncoded();
      assertThat(keys.delivery().publicKey()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(bcPublic));
      assertThat(keys.keyId()).isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(IndependentCrypto.sha256(bcPublic)));
    }
  }

  @Test
  void theApprovedWebhookResponseDecryptsWithTheIndependentImplementation() {
    GateDeliveryKeyPair keys = GateDeliveryKeyPair.generate();
    var response = com.tripwirejs.gate.delivery.GateApprovedWebhook.response(keys.delivery(), Map.of("K", "v"));
    String json = TripwireJson.write(response);
    assertThat(json).startsWith("{\"encrypted_delivery\":{\"version\":1,\"algorithm\":\"x25519-hkdf-sha256/aes-256-gcm\",");
    assertThat(new String(IndependentGate.decrypt(rawPrivateKey(keys), response.encryptedDelivery()), java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"version\":1,\"outputs\":{\"K\":\"v\"}}");
  }

  private static byte[] rawPrivateKey(GateDeliveryKeyPair keys) {
    PrivateKeyInfo info = PrivateKeyInfo.getInstance(Base64.getUrlDecoder().decode(keys.exportPkcs8().reveal()));
    try {
      return ASN1OctetString.getInstance(info.parsePrivateKey()).getOctets();
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

}
