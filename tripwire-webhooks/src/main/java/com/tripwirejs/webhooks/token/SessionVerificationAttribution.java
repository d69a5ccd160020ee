package com.tripwirejs.webhooks.token;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import java.util.Map;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Who a sealed token's session automation was attributed to. */
@Value.Immutable
public abstract class SessionVerificationAttribution implements TripwireObject {

  /**
   * The bot the session was attributed to, as raw JSON, or null when it was not attributed to one.
   *
   * @return the bot attribution, or null
   */
  @JsonProperty(value = "bot", required = true)
  public abstract @Nullable Map<String, JsonNode> bot();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionVerificationAttribution() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionVerificationAttribution} values. */
  public static final class Builder extends ImmutableSessionVerificationAttribution.Builder {
    Builder() {}
  }
}
