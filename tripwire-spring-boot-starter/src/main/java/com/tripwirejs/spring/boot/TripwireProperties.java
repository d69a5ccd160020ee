package com.tripwirejs.spring.boot;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code tripwire.*} properties: the client, webhook receiving, sealed tokens and Gate.
 *
 * <p>{@link #toString()} never shows a secret key, signing secret or private key; it says whether
 * each is set.
 */
@ConfigurationProperties(prefix = "tripwire")
public class TripwireProperties {

  /** Properties with their defaults; Spring Boot binds {@code tripwire.*} onto them. */
  public TripwireProperties() {}

  /**
   * The secret key (sk_live_... or sk_test_...). When unset, the key is read from the environment
   * variable FOIL_SECRET_KEY, else TRIPWIRE_SECRET_KEY, as the SDK does outside Spring.
   */
  private @Nullable String secretKey;

  /** The base URL of the API; https://api.usefoil.com when unset. */
  private @Nullable String baseUrl;

  /** The overall timeout of a call, every attempt and retry delay included. */
  private Duration timeout = Duration.ofSeconds(30);

  /**
   * The timeout of one attempt, from sending the request to having read the whole response; the
   * overall timeout when unset.
   */
  private @Nullable Duration responseTimeout;

  /** The connect timeout of the transport; 10 s when unset. */
  private @Nullable Duration connectTimeout;

  /**
   * The most requests in flight at once, and so the most connections open; 50 when unset. Calls
   * beyond it wait in a queue, the wait counting against their timeout.
   */
  private @Nullable Integer maxConnections;

  /** The largest response body the client accepts. */
  private DataSize maxResponseSize = DataSize.ofMegabytes(32);

  /** The HTTP transport the client sends with. */
  private Transport transport = Transport.APACHE;

  private final Retry retry = new Retry();

  private final Webhooks webhooks = new Webhooks();

  private final SealedToken sealedToken = new SealedToken();

  private final Gate gate = new Gate();

  private final Observations observations = new Observations();

  /**
   * {@return the secret key, or null to read it from the environment}
   */
  public @Nullable String getSecretKey() {
    return secretKey;
  }

  /**
   * Sets the secret key.
   *
   * @param secretKey the secret key, or null to read it from the environment
   */
  public void setSecretKey(@Nullable String secretKey) {
    this.secretKey = secretKey;
  }

  /** {@return the base URL, or null for the production API} */
  public @Nullable String getBaseUrl() {
    return baseUrl;
  }

  /**
   * Sets the base URL.
   *
   * @param baseUrl an absolute http or https URL, or null for the production API
   */
  public void setBaseUrl(@Nullable String baseUrl) {
    this.baseUrl = baseUrl;
  }

  /** {@return the overall timeout of a call} */
  public Duration getTimeout() {
    return timeout;
  }

  /**
   * Sets the overall timeout of a call.
   *
   * @param timeout a positive duration
   */
  public void setTimeout(Duration timeout) {
    this.timeout = timeout;
  }

  /** {@return the timeout of one attempt, or null for the overall timeout} */
  public @Nullable Duration getResponseTimeout() {
    return responseTimeout;
  }

  /**
   * Sets the timeout of one attempt.
   *
   * @param responseTimeout a positive duration, or null for the overall timeout
   */
  public void setResponseTimeout(@Nullable Duration responseTimeout) {
    this.responseTimeout = responseTimeout;
  }

  /** {@return the connect timeout, or null for the transport's default} */
  public @Nullable Duration getConnectTimeout() {
    return connectTimeout;
  }

  /**
   * Sets the connect timeout.
   *
   * @param connectTimeout a positive duration, or null for the transport's default
   */
  public void setConnectTimeout(@Nullable Duration connectTimeout) {
    this.connectTimeout = connectTimeout;
  }

  /** {@return the most requests in flight at once, or null for the transport's default} */
  public @Nullable Integer getMaxConnections() {
    return maxConnections;
  }

  /**
   * Sets the most requests in flight at once.
   *
   * @param maxConnections at least 1, or null for the transport's default
   */
  public void setMaxConnections(@Nullable Integer maxConnections) {
    this.maxConnections = maxConnections;
  }

  /** {@return the largest response body the client accepts} */
  public DataSize getMaxResponseSize() {
    return maxResponseSize;
  }

  /**
   * Sets the largest response body the client accepts.
   *
   * @param maxResponseSize a positive size
   */
  public void setMaxResponseSize(DataSize maxResponseSize) {
    this.maxResponseSize = maxResponseSize;
  }

  /** {@return the HTTP transport the client sends with} */
  public Transport getTransport() {
    return transport;
  }

  /**
   * Sets the HTTP transport.
   *
   * @param transport the transport
   */
  public void setTransport(Transport transport) {
    this.transport = transport;
  }

  /** {@return the retry settings} */
  public Retry getRetry() {
    return retry;
  }

  /** {@return the webhook receiving settings} */
  public Webhooks getWebhooks() {
    return webhooks;
  }

  /** {@return the sealed-token verifier settings} */
  public SealedToken getSealedToken() {
    return sealedToken;
  }

  /** {@return the Gate settings} */
  public Gate getGate() {
    return gate;
  }

  /** {@return the observation settings} */
  public Observations getObservations() {
    return observations;
  }

  @Override
  public String toString() {
    return "TripwireProperties{secretKey="
        + (secretKey != null ? "(set)" : "(from environment)")
        + ", baseUrl="
        + baseUrl
        + ", timeout="
        + timeout
        + ", responseTimeout="
        + responseTimeout
        + ", connectTimeout="
        + connectTimeout
        + ", maxConnections="
        + maxConnections
        + ", maxResponseSize="
        + maxResponseSize
        + ", transport="
        + transport
        + ", retry="
        + retry
        + ", webhooks="
        + webhooks
        + ", sealedToken="
        + sealedToken
        + ", gate="
        + gate
        + ", observations="
        + observations
        + "}";
  }

  /** The HTTP transports the client can send with. */
  public enum Transport {
    /** Apache HttpClient 5, the SDK's default. */
    APACHE,
    /** The JDK's java.net.http.HttpClient: no HTTP library on the class path needed. */
    JDK
  }

  /** Retries of failed attempts ({@code tripwire.retry.*}). */
  public static class Retry {

    /** Retry settings with their defaults. */
    public Retry() {}

    /** Whether failed attempts are retried (connection failures, 408, 409, 429, 5xx). */
    private boolean enabled;

    /** The most attempts of one call, the first included; the SDK's default (3) when unset. */
    private @Nullable Integer maxAttempts;

    /** The backoff before the first retry; the SDK's default (500 ms) when unset. */
    private @Nullable Duration initialBackoff;

    /** The longest backoff between two attempts; the SDK's default (8 s) when unset. */
    private @Nullable Duration maxBackoff;

    /** {@return whether failed attempts are retried} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether failed attempts are retried.
     *
     * @param enabled true to retry
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    /** {@return the most attempts of one call, or null for the SDK's default} */
    public @Nullable Integer getMaxAttempts() {
      return maxAttempts;
    }

    /**
     * Sets the most attempts of one call.
     *
     * @param maxAttempts at least 1, or null for the SDK's default
     */
    public void setMaxAttempts(@Nullable Integer maxAttempts) {
      this.maxAttempts = maxAttempts;
    }

    /** {@return the backoff before the first retry, or null for the SDK's default} */
    public @Nullable Duration getInitialBackoff() {
      return initialBackoff;
    }

    /**
     * Sets the backoff before the first retry.
     *
     * @param initialBackoff a duration, or null for the SDK's default
     */
    public void setInitialBackoff(@Nullable Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
    }

    /** {@return the longest backoff, or null for the SDK's default} */
    public @Nullable Duration getMaxBackoff() {
      return maxBackoff;
    }

    /**
     * Sets the longest backoff.
     *
     * @param maxBackoff a duration, or null for the SDK's default
     */
    public void setMaxBackoff(@Nullable Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
    }

    @Override
    public String toString() {
      return "Retry{enabled="
          + enabled
          + ", maxAttempts="
          + maxAttempts
          + ", initialBackoff="
          + initialBackoff
          + ", maxBackoff="
          + maxBackoff
          + "}";
    }
  }

  /** Webhook receiving ({@code tripwire.webhooks.*}). */
  public static class Webhooks {

    /** Webhook settings with their defaults. */
    public Webhooks() {}

    /**
     * The endpoint signing secrets (whsec_...) a delivery may be signed with: the new and the old
     * one while a secret is rotated. Receiving is on when at least one is set.
     */
    private List<String> signingSecrets = new ArrayList<>();

    /** How far a delivery's signing time may be from now, in either direction. */
    private Duration tolerance = Duration.ofMinutes(5);

    /**
     * Whether a verified event of a type this SDK version does not know is rejected (400) instead
     * of handed over as an UnknownWebhookEvent.
     */
    private boolean rejectUnknownEventTypes;

    /** The largest delivery body read; a larger one is answered 413 without being read. */
    private DataSize maxBodySize = DataSize.ofMegabytes(1);

    /** {@return the signing secrets} */
    public List<String> getSigningSecrets() {
      return signingSecrets;
    }

    /**
     * Sets the signing secrets.
     *
     * @param signingSecrets the signing secrets
     */
    public void setSigningSecrets(List<String> signingSecrets) {
      this.signingSecrets = signingSecrets;
    }

    /** {@return how far a delivery's signing time may be from now} */
    public Duration getTolerance() {
      return tolerance;
    }

    /**
     * Sets how far a delivery's signing time may be from now.
     *
     * @param tolerance zero or more
     */
    public void setTolerance(Duration tolerance) {
      this.tolerance = tolerance;
    }

    /** {@return whether events of unknown types are rejected} */
    public boolean isRejectUnknownEventTypes() {
      return rejectUnknownEventTypes;
    }

    /**
     * Sets whether events of unknown types are rejected.
     *
     * @param rejectUnknownEventTypes true to reject them
     */
    public void setRejectUnknownEventTypes(boolean rejectUnknownEventTypes) {
      this.rejectUnknownEventTypes = rejectUnknownEventTypes;
    }

    /** {@return the largest delivery body read} */
    public DataSize getMaxBodySize() {
      return maxBodySize;
    }

    /**
     * Sets the largest delivery body read.
     *
     * @param maxBodySize a positive size
     */
    public void setMaxBodySize(DataSize maxBodySize) {
      this.maxBodySize = maxBodySize;
    }

    @Override
    public String toString() {
      return "Webhooks{signingSecrets="
          + signingSecrets.size()
          + ", tolerance="
          + tolerance
          + ", rejectUnknownEventTypes="
          + rejectUnknownEventTypes
          + ", maxBodySize="
          + maxBodySize
          + "}";
    }
  }

  /** The sealed-token verifier ({@code tripwire.sealed-token.*}). */
  public static class SealedToken {

    /** Sealed-token settings with their defaults. */
    public SealedToken() {}

    /**
     * The secret keys sealed tokens may be sealed for: the current and the previous key during a
     * rotation. When unset, the verifier uses the client's secret key (tripwire.secret-key, else
     * FOIL_SECRET_KEY or TRIPWIRE_SECRET_KEY).
     */
    private List<String> secretKeys = new ArrayList<>();

    /** {@return the secret keys} */
    public List<String> getSecretKeys() {
      return secretKeys;
    }

    /**
     * Sets the secret keys.
     *
     * @param secretKeys the secret keys
     */
    public void setSecretKeys(List<String> secretKeys) {
      this.secretKeys = secretKeys;
    }

    @Override
    public String toString() {
      return "SealedToken{secretKeys=" + secretKeys.size() + "}";
    }
  }

  /** Gate ({@code tripwire.gate.*}); needs tripwire-gate on the class path. */
  public static class Gate {

    /** Gate settings with their defaults. */
    public Gate() {}

    /**
     * The Gate delivery private key: the base64url PKCS#8 of an X25519 key, as
     * GateDeliveryKeyPair.exportPkcs8() writes it. When set, a GateDeliveryKeyPair bean is made.
     */
    private @Nullable String deliveryPrivateKey;

    /** {@return the delivery private key, or null} */
    public @Nullable String getDeliveryPrivateKey() {
      return deliveryPrivateKey;
    }

    /**
     * Sets the delivery private key.
     *
     * @param deliveryPrivateKey the base64url PKCS#8 of an X25519 private key
     */
    public void setDeliveryPrivateKey(@Nullable String deliveryPrivateKey) {
      this.deliveryPrivateKey = deliveryPrivateKey;
    }

    @Override
    public String toString() {
      return "Gate{deliveryPrivateKey=" + (deliveryPrivateKey != null ? "(set)" : "(unset)") + "}";
    }
  }

  /** Micrometer observations ({@code tripwire.observations.*}); need tripwire-micrometer. */
  public static class Observations {

    /** Observation settings with their defaults. */
    public Observations() {}

    /**
     * Whether API calls and webhook, sealed-token and Gate checks are observed when the
     * application has an ObservationRegistry bean and tripwire-micrometer is on the class path.
     */
    private boolean enabled = true;

    /** {@return whether observations are on} */
    public boolean isEnabled() {
      return enabled;
    }

    /**
     * Sets whether observations are on.
     *
     * @param enabled false to turn them off
     */
    public void setEnabled(boolean enabled) {
      this.enabled = enabled;
    }

    @Override
    public String toString() {
      return "Observations{enabled=" + enabled + "}";
    }
  }
}
