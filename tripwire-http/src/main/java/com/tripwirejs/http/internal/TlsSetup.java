package com.tripwirejs.http.internal;

import com.tripwirejs.http.NetworkSettings;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManagerFactory;

/** The TLS context and parameters a transport uses, from {@link NetworkSettings}. */
public final class TlsSetup {

  private TlsSetup() {}

  /**
   * The context: the settings' own, one built from their trust store and client certificate, or
   * the JVM's default (which follows {@code javax.net.ssl.*} system properties).
   *
   * @throws IllegalArgumentException when the key material cannot be used
   */
  public static SSLContext context(NetworkSettings settings) {
    SSLContext given = settings.sslContext();
    if (given != null) {
      return given;
    }
    KeyStore trustStore = settings.trustStore();
    NetworkSettings.ClientCertificate certificate = settings.clientCertificate();
    try {
      if (trustStore == null && certificate == null) {
        return SSLContext.getDefault();
      }
      TrustManagerFactory trust =
          TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
      trust.init(trustStore); // null: the JVM's default trust
      KeyManagerFactory keys = null;
      if (certificate != null) {
        keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keys.init(certificate.keyStore(), certificate.password().reveal().toCharArray());
      }
      SSLContext context = SSLContext.getInstance("TLS");
      context.init(keys == null ? null : keys.getKeyManagers(), trust.getTrustManagers(), null);
      return context;
    } catch (GeneralSecurityException e) {
      throw new IllegalArgumentException(
          "Cannot use the TLS settings ("
              + e.getClass().getSimpleName()
              + "): check NetworkSettings.trustStore and clientCertificate (the key password)",
          e);
    }
  }

  /** The TLS versions, as an array for the HTTP clients. */
  public static String[] versions(NetworkSettings settings) {
    List<String> versions = settings.tlsVersions();
    return versions.toArray(new String[0]);
  }

  /** The parameters of the context with the versions of the settings. */
  public static SSLParameters parameters(SSLContext context, NetworkSettings settings) {
    SSLParameters parameters = context.getDefaultSSLParameters();
    parameters.setProtocols(versions(settings));
    return parameters;
  }
}
