package com.tripwirejs.spring.boot.webhooks;

import com.tripwirejs.spring.boot.TripwireAutoConfiguration;
import com.tripwirejs.spring.boot.TripwireProperties;
import com.tripwirejs.spring.boot.internal.ServletWebhookArgumentResolver;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Receives verified webhook events in Spring MVC controllers: registers the resolver of {@link
 * TripwireWebhook} parameters in servlet web applications.
 */
@AutoConfiguration(after = TripwireAutoConfiguration.class)
@ConditionalOnClass({WebMvcConfigurer.class, WebhookVerifier.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class TripwireWebhooksWebMvcAutoConfiguration {

  /** Made by Spring Boot. */
  public TripwireWebhooksWebMvcAutoConfiguration() {}

  /**
   * Adds the {@code @TripwireWebhook} argument resolver to Spring MVC.
   *
   * @param verifier the application's webhook verifier, looked up when a delivery arrives
   * @param properties the properties ({@code tripwire.webhooks.max-body-size})
   * @return the configurer
   */
  @Bean
  public WebMvcConfigurer tripwireWebhookWebMvcConfigurer(
      ObjectProvider<WebhookVerifier> verifier, TripwireProperties properties) {
    long maxBodyBytes = properties.getWebhooks().getMaxBodySize().toBytes();
    return new WebMvcConfigurer() {
      @Override
      public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new ServletWebhookArgumentResolver(verifier, maxBodyBytes));
      }
    };
  }
}
