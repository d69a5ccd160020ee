package com.tripwirejs.spring.boot.internal;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.spring.boot.TripwireProperties;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Where the starter finds secret keys and signing secrets, and the conditions on them. Not API.
 */
public final class SecretKeys {

  private SecretKeys() {}

  /**
   * The keys the sealed-token verifier accepts: {@code tripwire.sealed-token.secret-keys} when set,
   * else the client's key ({@code tripwire.secret-key}, else the SDK's environment variables in
   * their order).
   *
   * @param properties the bound properties
   * @param environment the variable lookup
   * @return the keys, empty when none is configured
   */
  public static List<String> sealedTokenKeys(
      TripwireProperties properties, Function<String, @Nullable String> environment) {
    List<String> keys = new ArrayList<>();
    for (String key : properties.getSealedToken().getSecretKeys()) {
      if (key != null && !key.isBlank()) {
        keys.add(key.trim());
      }
    }
    if (keys.isEmpty()) {
      String key = clientKey(properties.getSecretKey(), environment);
      if (key != null) {
        keys.add(key);
      }
    }
    return keys;
  }

  private static @Nullable String clientKey(
      @Nullable String configured, Function<String, @Nullable String> environment) {
    if (configured != null && !configured.isBlank()) {
      return configured.trim();
    }
    for (String variable : TripwireClient.SECRET_KEY_ENVIRONMENT_VARIABLES) {
      String value = environment.apply(variable);
      if (value != null && !value.isBlank()) {
        return value.trim();
      }
    }
    return null;
  }

  private static List<String> nonBlank(Environment environment, String name) {
    List<String> values =
        Binder.get(environment).bind(name, Bindable.listOf(String.class)).orElse(List.of());
    return values.stream().filter(value -> value != null && !value.isBlank()).toList();
  }

  /** Matches when {@code tripwire.webhooks.signing-secrets} names at least one secret. */
  public static final class OnSigningSecrets extends SpringBootCondition {

    /** Made by Spring. */
    public OnSigningSecrets() {}

    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      int count = nonBlank(context.getEnvironment(), "tripwire.webhooks.signing-secrets").size();
      return count > 0
          ? ConditionOutcome.match("tripwire.webhooks.signing-secrets has " + count + " secret(s)")
          : ConditionOutcome.noMatch("tripwire.webhooks.signing-secrets is not set");
    }
  }

  /**
   * Matches when a key for sealed tokens is configured: {@code tripwire.sealed-token.secret-keys},
   * {@code tripwire.secret-key}, {@code FOIL_SECRET_KEY} or {@code TRIPWIRE_SECRET_KEY}.
   */
  public static final class OnSealedTokenKeys extends SpringBootCondition {

    /** Made by Spring. */
    public OnSealedTokenKeys() {}

    @Override
    public ConditionOutcome getMatchOutcome(
        ConditionContext context, AnnotatedTypeMetadata metadata) {
      Environment environment = context.getEnvironment();
      if (!nonBlank(environment, "tripwire.sealed-token.secret-keys").isEmpty()) {
        return ConditionOutcome.match("tripwire.sealed-token.secret-keys is set");
      }
      String configured = environment.getProperty("tripwire.secret-key");
      if (clientKey(configured, environment::getProperty) != null) {
        return ConditionOutcome.match("a secret key is configured");
      }
      return ConditionOutcome.noMatch(
          "no secret key: set tripwire.secret-key, tripwire.sealed-token.secret-keys, "
              + String.join(" or ", TripwireClient.SECRET_KEY_ENVIRONMENT_VARIABLES));
    }
  }
}
