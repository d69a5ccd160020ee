package com.tripwirejs.spring.boot;

import com.tripwirejs.api.TripwireClient;

/**
 * Customizes the auto-configured client's builder after the {@code tripwire.*} properties were
 * applied: add a {@link com.tripwirejs.http.RequestListener}, set an executor, and so on. Declare
 * one or more as beans; they run in their {@link org.springframework.core.Ordered order}.
 */
@FunctionalInterface
public interface TripwireClientBuilderCustomizer {

  /**
   * Customizes the builder.
   *
   * @param builder the builder, with the properties applied
   */
  void customize(TripwireClient.Builder builder);
}
