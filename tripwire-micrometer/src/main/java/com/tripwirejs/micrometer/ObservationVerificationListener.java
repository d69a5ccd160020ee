package com.tripwirejs.micrometer;

import com.tripwirejs.webhooks.VerificationKind;
import com.tripwirejs.webhooks.VerificationListener;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Observes inbound checks with Micrometer: one observation ({@code tripwire.verifications}) per
 * webhook delivery, sealed token or Gate check, tagged with its kind and outcome ({@code VERIFIED},
 * or {@code REJECTED} with the reason's code). Never the body, token, payload, a header value or a
 * secret.
 *
 * <pre>{@code
 * ObservationVerificationListener observed = new ObservationVerificationListener(observationRegistry);
 * WebhookVerifier webhooks = WebhookVerifier.builder().addSigningSecret(secret).listener(observed).build();
 * SealedTokenVerifier tokens = SealedTokenVerifier.builder().addSecretKey(key).listener(observed).build();
 * // a verifier built elsewhere:          verifier.withListener(observed)
 * // tripwire-gate, decrypting deliveries: keyPair.withListener(observed)
 * }</pre>
 *
 * <p>A check's observation is the child of the observation current on the verifying thread (the
 * server request that received the webhook, say), and is itself current on that thread while the
 * check runs. A rejection is a tagged outcome, not an error of
 * the observation: its exception is not recorded, so that nothing of the input reaches a span.
 *
 * <p>Names and tags come from {@link DefaultTripwireVerificationObservationConvention}; pass a
 * convention of your own to replace it. Thread-safe; one instance may serve every verifier.
 */
public final class ObservationVerificationListener implements VerificationListener {

  private final ObservationRegistry registry;
  private final @Nullable TripwireVerificationObservationConvention convention;

  /**
   * Observes checks into {@code registry} with the default convention.
   *
   * @param registry the application's observation registry
   */
  public ObservationVerificationListener(ObservationRegistry registry) {
    this(registry, null);
  }

  /**
   * Observes checks into {@code registry} with a convention of your own.
   *
   * @param registry the application's observation registry
   * @param convention names and tags checks; null for {@link
   *     DefaultTripwireVerificationObservationConvention}
   */
  public ObservationVerificationListener(
      ObservationRegistry registry, @Nullable TripwireVerificationObservationConvention convention) {
    this.registry = Objects.requireNonNull(registry, "registry");
    this.convention = convention;
  }

  @Override
  public Verification onVerificationStart(VerificationKind kind) {
    if (registry.isNoop()) {
      return Verification.NONE;
    }
    TripwireVerificationContext context = new TripwireVerificationContext(kind);
    Observation observation =
        TripwireObservationDocumentation.VERIFICATION
            .observation(
                convention,
                DefaultTripwireVerificationObservationConvention.INSTANCE,
                () -> context,
                registry)
            .start();
    // Start and end are on the verifying thread (VerificationListener's contract): the check is
    // the current observation meanwhile, so a check inside it (the webhook check of a Gate
    // approved webhook) and anything logged are its children.
    Observation.Scope scope = observation.openScope();
    return outcome -> {
      context.setOutcome(outcome);
      scope.close();
      observation.stop();
    };
  }

  @Override
  public String toString() {
    return "ObservationVerificationListener{registry=" + registry.getClass().getSimpleName() + "}";
  }
}
