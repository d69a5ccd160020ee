package com.tripwirejs.spring.boot;

import com.tripwirejs.api.TripwireAsyncClient;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.NetworkSettings;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.apache.ApacheHttpTransport;
import com.tripwirejs.http.jdk.JdkHttpTransport;
import com.tripwirejs.spring.boot.internal.NetworkProperties;
import com.tripwirejs.spring.boot.internal.SecretKeys;
import com.tripwirejs.webhooks.VerificationListener;
import com.tripwirejs.webhooks.WebhookVerifier;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.ssl.SslBundles;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;

/**
 * Auto-configures the Tripwire client (sync and async), the HTTP transport it sends with, the
 * webhook verifier and the sealed-token verifier from the {@code tripwire.*} properties ({@link
 * TripwireProperties}).
 *
 * <p>Each bean backs off when the application defines its own of the same type. The client and
 * the transport are closed with the application context.
 */
@AutoConfiguration
@ConditionalOnClass(TripwireClient.class)
@EnableConfigurationProperties(TripwireProperties.class)
public class TripwireAutoConfiguration {

  /** Made by Spring Boot. */
  public TripwireAutoConfiguration() {}

  /**
   * The transport the auto-configured client sends with: Apache HttpClient 5 or the JDK's client
   * ({@code tripwire.transport}), bounded by {@code tripwire.max-connections}, through the proxy
   * and with the TLS trust of {@code tripwire.network.*}. Not made when the application has its own
   * transport or its own client.
   *
   * @param properties the properties
   * @param environment where the proxy variables are read from, when {@code
   *     tripwire.network.proxy.source} is {@code environment}
   * @param sslBundles the application's SSL bundles, for {@code tripwire.network.tls.bundle}
   * @return the transport, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean({HttpTransport.class, TripwireClient.class})
  public HttpTransport tripwireHttpTransport(
      TripwireProperties properties, Environment environment, ObjectProvider<SslBundles> sslBundles) {
    NetworkSettings network =
        NetworkProperties.settings(
            properties.getNetwork(), environment::getProperty, sslBundles.getIfAvailable());
    if (properties.getTransport() == TripwireProperties.Transport.JDK) {
      JdkHttpTransport.Builder jdk = JdkHttpTransport.builder().network(network);
      if (properties.getConnectTimeout() != null) {
        jdk.connectTimeout(properties.getConnectTimeout());
      }
      if (properties.getMaxConnections() != null) {
        jdk.maxConnections(properties.getMaxConnections());
      }
      return jdk.build();
    }
    ApacheHttpTransport.Builder apache = ApacheHttpTransport.builder().network(network);
    if (properties.getConnectTimeout() != null) {
      apache.connectTimeout(properties.getConnectTimeout());
    }
    if (properties.getMaxConnections() != null) {
      apache.maxConnections(properties.getMaxConnections());
    }
    return apache.build();
  }

  /**
   * The client, from the {@code tripwire.*} properties, then every {@link
   * TripwireClientBuilderCustomizer} in order. The secret key is {@code tripwire.secret-key}, else
   * the environment variable {@code FOIL_SECRET_KEY}, else {@code TRIPWIRE_SECRET_KEY}, read
   * through Spring's {@link Environment} (so any property source may supply them).
   *
   * @param properties the properties
   * @param environment where the secret key variables are read from
   * @param transport the transport
   * @param customizers the customizers
   * @return the client, closed with the context
   */
  @Bean(destroyMethod = "close")
  @ConditionalOnMissingBean
  public TripwireClient tripwireClient(
      TripwireProperties properties,
      Environment environment,
      HttpTransport transport,
      ObjectProvider<TripwireClientBuilderCustomizer> customizers) {
    TripwireClient.Builder builder =
        TripwireClient.builder()
            .environment(environment::getProperty)
            .transport(transport)
            .timeout(properties.getTimeout())
            .maxResponseBytes(properties.getMaxResponseSize().toBytes())
            .retryPolicy(retryPolicy(properties.getRetry()));
    if (properties.getSecretKey() != null && !properties.getSecretKey().isBlank()) {
      builder.secretKey(properties.getSecretKey().trim());
    }
    if (properties.getBaseUrl() != null) {
      builder.baseUrl(properties.getBaseUrl());
    }
    if (properties.getResponseTimeout() != null) {
      builder.responseTimeout(properties.getResponseTimeout());
    }
    customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
    return builder.build();
  }

  /**
   * The non-blocking view of the client: the same operations returning {@code
   * CompletableFuture}s, sharing the client's connections.
   *
   * @param client the client
   * @return the async client
   */
  @Bean
  @ConditionalOnMissingBean
  public TripwireAsyncClient tripwireAsyncClient(TripwireClient client) {
    return client.async();
  }

  /**
   * The webhook verifier, when {@code tripwire.webhooks.signing-secrets} names at least one
   * secret: every secret verifies (for rotation), within {@code tripwire.webhooks.tolerance}.
   *
   * @param properties the properties
   * @param listener told about each check (the observations, with Micrometer), if any
   * @return the verifier
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(SecretKeys.OnSigningSecrets.class)
  public WebhookVerifier tripwireWebhookVerifier(
      TripwireProperties properties, ObjectProvider<VerificationListener> listener) {
    WebhookVerifier.Builder builder =
        WebhookVerifier.builder()
            .listener(listener.getIfUnique(() -> VerificationListener.NONE))
            .tolerance(properties.getWebhooks().getTolerance())
            .rejectUnknownEventTypes(properties.getWebhooks().isRejectUnknownEventTypes());
    properties.getWebhooks().getSigningSecrets().stream()
        .filter(secret -> !secret.isBlank())
        .forEach(secret -> builder.addSigningSecret(secret.trim()));
    return builder.build();
  }

  /**
   * The sealed-token verifier, when a secret key is configured: {@code
   * tripwire.sealed-token.secret-keys} (several during a rotation), else the client's key ({@code
   * tripwire.secret-key}, {@code FOIL_SECRET_KEY}, {@code TRIPWIRE_SECRET_KEY}).
   *
   * @param properties the properties
   * @param environment where the secret key variables are read from
   * @param listener told about each check (the observations, with Micrometer), if any
   * @return the verifier
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(SecretKeys.OnSealedTokenKeys.class)
  public SealedTokenVerifier tripwireSealedTokenVerifier(
      TripwireProperties properties,
      Environment environment,
      ObjectProvider<VerificationListener> listener) {
    SealedTokenVerifier.Builder builder =
        SealedTokenVerifier.builder().listener(listener.getIfUnique(() -> VerificationListener.NONE));
    SecretKeys.sealedTokenKeys(properties, environment::getProperty).forEach(builder::addSecretKey);
    return builder.build();
  }

  private static RetryPolicy retryPolicy(TripwireProperties.Retry retry) {
    if (!retry.isEnabled()) {
      return RetryPolicy.none();
    }
    RetryPolicy.Builder builder = RetryPolicy.builder();
    if (retry.getMaxAttempts() != null) {
      builder.maxAttempts(retry.getMaxAttempts());
    }
    if (retry.getInitialBackoff() != null) {
      builder.initialBackoff(retry.getInitialBackoff());
    }
    if (retry.getMaxBackoff() != null) {
      builder.maxBackoff(retry.getMaxBackoff());
    }
    return builder.build();
  }
}
