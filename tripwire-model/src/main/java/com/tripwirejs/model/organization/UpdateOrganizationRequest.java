package com.tripwirejs.model.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Update Organization Request. */
@Value.Immutable
public abstract class UpdateOrganizationRequest implements TripwireObject {

  /**
   * Name.
   *
   * @return the name, or null
   */
  @JsonProperty("name")
  public abstract @Nullable String name();

  /**
   * Status.
   *
   * @return the status, or null
   */
  @JsonProperty("status")
  public abstract @Nullable OrganizationStatus status();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpdateOrganizationRequest} values. */
  public static final class Builder extends ImmutableUpdateOrganizationRequest.Builder {}
}
