package com.tripwirejs.webhooks;

import com.tripwirejs.model.ServiceGeneration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one inbound check ended, as a {@link VerificationListener} sees it: verified, or rejected
 * with the code of its reason. It never carries the payload, the token, the body, a header value
 * or a secret.
 *
 * @param kind what was checked
 * @param verified true when the check passed
 * @param reason when rejected, the name of the documented reason, such as {@code
 *     SIGNATURE_MISMATCH} ({@link WebhookVerificationException.Reason}), {@code RECIPIENT_NOT_FOUND}
 *     ({@link com.tripwirejs.webhooks.token.SealedTokenException.Reason}) or, for a Gate check, a
 *     {@code GateDeliveryException.Reason}; the simple class name of any other exception (a
 *     programming error such as a null argument); null when verified
 * @param generation for a webhook, the generation whose headers the delivery carried ({@code
 *     X-Foil-*} or {@code X-Tripwire-*}); null for other kinds and when the headers were not
 *     found or were passed as bare values
 * @param eventType for a verified webhook whose body was read, the event's type, such as {@code
 *     session.result.persisted}; null otherwise
 */
public record VerificationOutcome(
    VerificationKind kind,
    boolean verified,
    @Nullable String reason,
    @Nullable ServiceGeneration generation,
    @Nullable String eventType) {

  /**
   * An outcome.
   *
   * @throws IllegalArgumentException if a verified outcome has a reason, or a rejected one none
   */
  public VerificationOutcome {
    Objects.requireNonNull(kind, "kind");
    if (verified == (reason != null)) {
      throw new IllegalArgumentException(
          verified ? "A verified outcome has no reason" : "A rejected outcome needs its reason");
    }
  }

  /**
   * A check that passed.
   *
   * @param kind what was checked
   * @return the outcome
   */
  public static VerificationOutcome verified(VerificationKind kind) {
    return new VerificationOutcome(kind, true, null, null, null);
  }

  /**
   * A check that failed.
   *
   * @param kind what was checked
   * @param reason the name of the documented reason, see {@link VerificationOutcome}
   * @return the outcome
   */
  public static VerificationOutcome rejected(VerificationKind kind, String reason) {
    return new VerificationOutcome(kind, false, Objects.requireNonNull(reason, "reason"), null, null);
  }

  /**
   * A check that failed with an exception: its documented reason when it is a {@link
   * WebhookVerificationException} or a {@link com.tripwirejs.webhooks.token.SealedTokenException},
   * the exception's simple class name otherwise.
   *
   * @param kind what was checked
   * @param failure what the check threw
   * @return the outcome
   */
  public static VerificationOutcome rejected(VerificationKind kind, Throwable failure) {
    return rejected(kind, reasonOf(failure));
  }

  /**
   * This outcome with the webhook headers' generation.
   *
   * @param generation the generation, or null
   * @return a copy
   */
  public VerificationOutcome withGeneration(@Nullable ServiceGeneration generation) {
    return new VerificationOutcome(kind, verified, reason, generation, eventType);
  }

  /**
   * This outcome with the webhook event's type.
   *
   * @param eventType the type, or null
   * @return a copy
   */
  public VerificationOutcome withEventType(@Nullable String eventType) {
    return new VerificationOutcome(kind, verified, reason, generation, eventType);
  }

  private static String reasonOf(Throwable failure) {
    if (failure instanceof WebhookVerificationException) {
      return ((WebhookVerificationException) failure).reason().name();
    }
    if (failure instanceof com.tripwirejs.webhooks.token.SealedTokenException) {
      return ((com.tripwirejs.webhooks.token.SealedTokenException) failure).reason().name();
    }
    String name = failure.getClass().getSimpleName();
    return name.isEmpty() ? failure.getClass().getName() : name;
  }
}
