package com.tripwirejs.gate.delivery;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The plaintext of a Gate delivery: {@code {"version": 1, "outputs": {...}, "ack_token": ...}}.
 *
 * <p>Outputs are the credentials a service hands to the agent (API keys, tokens), keyed by
 * environment variable name. They are secrets: each value is a {@link Secret}, so printing a
 * payload shows the names and {@code [REDACTED]} for every value. Properties added to the payload
 * after this SDK version are kept in {@link #unknownProperties()}, which is left out of {@link
 * #toString()} for the same reason.
 */
@Value.Immutable
public abstract class GateDeliveryPayload implements TripwireObject {

  /** The only payload version of the contract. */
  public static final int VERSION = 1;

  /**
   * The payload version, always {@value #VERSION}.
   *
   * @return the version
   */
  @JsonProperty(value = "version", required = true)
  @Value.Default
  public int version() {
    return VERSION;
  }

  /**
   * The delivered outputs by name, in the order they were written.
   *
   * @return an unmodifiable map from output name to secret value
   */
  @JsonProperty(value = "outputs", required = true)
  public abstract Map<String, Secret> outputs();

  /**
   * The acknowledgement token that Gate adds to a delivery for the agent to confirm receipt, or
   * null when the payload has none (payloads a service encrypts have none).
   *
   * @return the acknowledgement token, or null
   */
  @JsonProperty("ack_token")
  public abstract @Nullable Secret ackToken();

  /**
   * One output by name.
   *
   * @param name the output name, such as {@code ACME_API_KEY}
   * @return the value, or empty when the payload has no such output
   */
  public Optional<Secret> output(String name) {
    return Optional.ofNullable(outputs().get(name));
  }

  /**
   * Properties of the decrypted payload that this SDK version does not model. Not shown by
   * {@link #toString()}, as they may hold secrets.
   *
   * @return an unmodifiable map from property name to raw JSON value
   */
  @Override
  @Value.Redacted
  public abstract Map<String, JsonNode> unknownProperties();

  @Value.Check
  void check() {
    if (version() != VERSION) {
      throw new IllegalArgumentException("A Gate delivery payload has version " + VERSION);
    }
    int index = 1;
    for (Map.Entry<String, Secret> output : outputs().entrySet()) {
      if (!isWellFormed(output.getKey()) || !isWellFormed(output.getValue().reveal())) {
        throw new IllegalArgumentException(
            "Gate delivery output #"
                + index
                + " is not valid Unicode text (it has an unpaired surrogate); it cannot be sent as"
                + " JSON");
      }
      index++;
    }
  }

  private static boolean isWellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A payload of these outputs, with no acknowledgement token: what a service encrypts.
   *
   * @param outputs output name to value, such as {@code ACME_API_KEY -> "ak_live_..."}
   * @return the payload
   */
  public static GateDeliveryPayload ofOutputs(Map<String, String> outputs) {
    Builder builder = builder();
    outputs.forEach(builder::putOutput);
    return builder.build();
  }

  // Only the implementation that Immutables generates in this package extends this class.
  GateDeliveryPayload() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link GateDeliveryPayload} values. */
  public static final class Builder extends ImmutableGateDeliveryPayload.Builder {
    Builder() {}

    /**
     * Adds an output.
     *
     * @param name the output name, such as {@code ACME_API_KEY}
     * @param value the output value
     * @return this builder
     */
    public Builder putOutput(String name, String value) {
      putOutput(name, Secret.of(value));
      return this;
    }
  }
}
