package com.tripwirejs.gate.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The data of a {@code gate.session.approved} event: the approved signup, the service's verdict on
 * the person who approved it, and the key to encrypt the service's outputs to.
 *
 * <p>The verdict object is named after the generation of the API that sent the event: {@code foil}
 * from Foil, {@code tripwire} from Tripwire. A payload carries exactly one of the two; {@link
 * #verdict()} reads whichever it is, and the JSON written back keeps the name it came with.
 */
@Value.Immutable
public abstract class GateApprovedWebhookPayload implements TripwireObject {

  /** {@return the service signed up to, such as {@code acme_prod}} */
  @JsonProperty(value = "service_id", required = true)
  public abstract String serviceId();

  /** {@return the Gate session, {@code gate_...}} */
  @JsonProperty(value = "gate_session_id", required = true)
  public abstract String gateSessionId();

  /** {@return the Gate account created by the approval, {@code gacct_...}} */
  @JsonProperty(value = "gate_account_id", required = true)
  public abstract String gateAccountId();

  /** {@return the name of the account, such as {@code my-project}} */
  @JsonProperty(value = "account_name", required = true)
  public abstract String accountName();

  /** {@return the metadata the agent sent when it created the session} Null when there is none. */
  @JsonProperty(value = "metadata", required = true)
  public abstract @Nullable Map<String, JsonNode> metadata();

  /**
   * {@return the verdict object under its Foil name, {@code foil}} Null when the event came from
   * Tripwire, which names it {@code tripwire}.
   */
  @JsonProperty("foil")
  public abstract @Nullable GateApprovalVerdict foil();

  /**
   * {@return the verdict object under its Tripwire name, {@code tripwire}} Null when the event came
   * from Foil, which names it {@code foil}.
   */
  @JsonProperty("tripwire")
  public abstract @Nullable GateApprovalVerdict tripwire();

  /** {@return the public key and algorithm to encrypt the outputs to} */
  @JsonProperty(value = "delivery", required = true)
  public abstract GateDeliveryRequest delivery();

  /**
   * {@return the verdict on the person who approved the signup: {@link #foil()}, else {@link
   * #tripwire()}}
   */
  public final GateApprovalVerdict verdict() {
    GateApprovalVerdict foil = foil();
    return foil != null ? foil : Objects.requireNonNull(tripwire());
  }

  /**
   * {@return the generation of the API whose names the payload uses: {@link ServiceGeneration#FOIL}
   * when it carries {@code foil}, {@link ServiceGeneration#TRIPWIRE} when it carries {@code
   * tripwire}}
   */
  public final ServiceGeneration generation() {
    return foil() != null ? ServiceGeneration.FOIL : ServiceGeneration.TRIPWIRE;
  }

  @Value.Check
  void checkVerdict() {
    if ((foil() == null) == (tripwire() == null)) {
      throw new IllegalArgumentException(
          "An approved-webhook payload carries exactly one verdict object: foil (Foil) or tripwire"
              + " (Tripwire)");
    }
  }

  // Only the implementation that Immutables generates in this package extends this class.
  GateApprovedWebhookPayload() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateApprovedWebhookPayload} values. */
  public static final class Builder extends ImmutableGateApprovedWebhookPayload.Builder {
    Builder() {}
  }
}
