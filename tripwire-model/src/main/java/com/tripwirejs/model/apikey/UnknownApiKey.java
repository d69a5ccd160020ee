package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import org.immutables.value.Value;

/**
 * An API key whose {@link #type()} this SDK version does not know. It carries the properties every
 * key has; anything else the API sent stays in {@link #unknownProperties()}, so it writes back
 * exactly as read.
 */
@Value.Immutable
@JsonDeserialize(using = ModelDeserializer.class)
public abstract non-sealed class UnknownApiKey implements ApiKey {

  // Only the implementation that Immutables generates in this package extends this class.
  UnknownApiKey() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UnknownApiKey} values. */
  public static final class Builder extends ImmutableUnknownApiKey.Builder {
    Builder() {}
  }
}
