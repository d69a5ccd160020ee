package com.tripwirejs.spring.boot.gate;

import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.model.Secret;
import com.tripwirejs.spring.boot.TripwireAutoConfiguration;
import com.tripwirejs.spring.boot.TripwireProperties;
import com.tripwirejs.webhooks.VerificationListener;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The Gate delivery key pair, from {@code tripwire.gate.delivery-private-key}, for applications
 * that have {@code tripwire-gate} on the class path.
 */
@AutoConfiguration(after = TripwireAutoConfiguration.class)
@ConditionalOnClass(GateDeliveryKeyPair.class)
@ConditionalOnProperty("tripwire.gate.delivery-private-key")
public class TripwireGateAutoConfiguration {

  /** Made by Spring Boot. */
  public TripwireGateAutoConfiguration() {}

  /**
   * The delivery key pair that decrypts Gate deliveries.
   *
   * @param properties the properties
   * @param listener told about each decryption (the observations, with Micrometer), if any
   * @return the key pair
   * @throws com.tripwirejs.gate.delivery.GateDeliveryException when the key is not a base64url
   *     PKCS#8 X25519 private key (the context then fails to start)
   */
  @Bean
  @ConditionalOnMissingBean
  public GateDeliveryKeyPair tripwireGateDeliveryKeyPair(
      TripwireProperties properties, ObjectProvider<VerificationListener> listener) {
    String key = Objects.requireNonNull(properties.getGate().getDeliveryPrivateKey());
    return GateDeliveryKeyPair.fromPkcs8(Secret.of(key.trim()))
        .withListener(listener.getIfUnique(() -> VerificationListener.NONE));
  }
}
