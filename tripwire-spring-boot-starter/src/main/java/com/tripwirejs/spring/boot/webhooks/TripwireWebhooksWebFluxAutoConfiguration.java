package com.tripwirejs.spring.boot.webhooks;

import com.tripwirejs.spring.boot.TripwireAutoConfiguration;
import com.tripwirejs.spring.boot.TripwireProperties;
import com.tripwirejs.spring.boot.internal.ReactiveWebhookArgumentResolver;
import com.tripwirejs.webhooks.WebhookVerifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

/**
 * Receives verified webhook events in Spring WebFlux controllers: registers the resolver of {@link
 * TripwireWebhook} parameters in reactive web applications.
 */
@AutoConfiguration(after = TripwireAutoConfiguration.class)
@ConditionalOnClass({WebFluxConfigurer.class, WebhookVerifier.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class TripwireWebhooksWebFluxAutoConfiguration {

  /** Made by Spring Boot. */
  public TripwireWebhooksWebFluxAutoConfiguration() {}

  /**
   * Adds the {@code @TripwireWebhook} argument resolver to WebFlux.
   *
   * @param verifier the application's webhook verifier, looked up when a delivery arrives
   * @param properties the properties ({@code tripwire.webhooks.max-body-size})
   * @return the configurer
   */
  @Bean
  public WebFluxConfigurer tripwireWebhookWebFluxConfigurer(
      ObjectProvider<WebhookVerifier> verifier, TripwireProperties properties) {
    long maxBodyBytes = properties.getWebhooks().getMaxBodySize().toBytes();
    return new WebFluxConfigurer() {
      @Override
      public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
        configurer.addCustomResolver(new ReactiveWebhookArgumentResolver(verifier, maxBodyBytes));
      }
    };
  }
}
