package com.tripwirejs.http.testkit.network;

import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A test certificate authority made at test time (nothing is committed): a CA, certificates it
 * issues for servers (for {@code localhost} and {@code 127.0.0.1}) and clients, key stores and
 * TLS contexts from them.
 */
public final class TestPki {

  /** The password of every key store this class writes. */
  public static final String PASSWORD = "test-keystore-password";

  private static final AtomicLong SERIAL = new AtomicLong(System.nanoTime());

  private final KeyPair caKeys;
  private final X509Certificate ca;
  private final X500Name caName;

  private TestPki(String name) throws Exception {
    caKeys = keys();
    X500Name subject = new X500Name("CN=" + name);
    caName = subject;
    JcaX509v3CertificateBuilder builder = builder(subject, subject, caKeys);
    builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    builder.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    ca = sign(builder, caKeys.getPrivate());
  }

  /** A new CA with this common name. */
  public static TestPki create(String name) {
    try {
      return new TestPki(name);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The CA's certificate. */
  public X509Certificate caCertificate() {
    return ca;
  }

  /** A key store with a key and a certificate for {@code localhost} and {@code 127.0.0.1}. */
  public KeyStore serverKeyStore() {
    return issue("localhost", true);
  }

  /** A key store with a key and a certificate for this host name only. */
  public KeyStore serverKeyStoreFor(String hostName) {
    return issue(hostName, true);
  }

  /** A key store with a client key and certificate. */
  public KeyStore clientKeyStore(String name) {
    return issue(name, false);
  }

  /** A trust store with the CA's certificate. */
  public KeyStore trustStore() {
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setCertificateEntry("ca", ca);
      return store;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the CA certificate as PEM. */
  public Path writeCaPem(Path file) throws Exception {
    String pem =
        "-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(ca.getEncoded())
            + "\n-----END CERTIFICATE-----\n";
    Files.writeString(file, pem);
    return file;
  }

  /** Writes a key store as PKCS #12 with {@link #PASSWORD}. */
  public static Path write(KeyStore store, Path file) throws Exception {
    try (OutputStream out = Files.newOutputStream(file)) {
      store.store(out, PASSWORD.toCharArray());
    }
    return file;
  }

  /** A TLS context with this key (or none) and trusting this CA's certificate (or nothing). */
  public static SSLContext context(KeyStore keys, KeyStore trust) {
    try {
      KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      keyManagers.init(keys, PASSWORD.toCharArray());
      TrustManagerFactory trustManagers =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trustManagers.init(trust);
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
      return context;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private KeyStore issue(String name, boolean server) {
    try {
      KeyPair keys = keys();
      JcaX509v3CertificateBuilder builder =
          builder(caName, new X500Name("CN=" + name), keys);
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
      builder.addExtension(
          Extension.extendedKeyUsage,
          false,
          new ExtendedKeyUsage(server ? KeyPurposeId.id_kp_serverAuth : KeyPurposeId.id_kp_clientAuth));
      if (server) {
        GeneralName[] names =
            name.equals("localhost")
                ? new GeneralName[] {
                  new GeneralName(GeneralName.dNSName, "localhost"),
                  new GeneralName(GeneralName.iPAddress, "127.0.0.1")
                }
                : new GeneralName[] {new GeneralName(GeneralName.dNSName, name)};
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
      }
      X509Certificate certificate = sign(builder, caKeys.getPrivate());
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(null, null);
      store.setKeyEntry("key", keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {certificate, ca});
      return store;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair keys() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
    generator.initialize(256);
    return generator.generateKeyPair();
  }

  private static JcaX509v3CertificateBuilder builder(X500Name issuer, X500Name subject, KeyPair keys) {
    Instant now = Instant.now();
    return new JcaX509v3CertificateBuilder(
        issuer,
        BigInteger.valueOf(SERIAL.incrementAndGet()),
        Date.from(now.minus(Duration.ofHours(1))),
        Date.from(now.plus(Duration.ofDays(1))),
        subject,
        keys.getPublic());
  }

  private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key) throws Exception {
    return new JcaX509CertificateConverter()
        .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(key)));
  }
}
