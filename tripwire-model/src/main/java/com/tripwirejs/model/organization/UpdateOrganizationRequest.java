package com.tripwirejs.model.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body that updates an organization: only the properties that are set change. Needs a secret
 * key with the {@code organizations:update} scope.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when no property is set or a new name is blank.
 */
@Value.Immutable
public abstract class UpdateOrganizationRequest implements TripwireObject {

  /** {@return the new display name} Null leaves the name unchanged. */
  @JsonProperty("name")
  public abstract @Nullable String name();

  /** {@return the new status} Null leaves the status unchanged. */
  @JsonProperty("status")
  public abstract @Nullable OrganizationStatus status();

  @Value.Check
  void check() {
    RequestChecks.anySet(
        name() != null || status() != null || !unknownProperties().isEmpty(), "name, status");
    RequestChecks.nonBlank(name(), "name", "give the organization a name, or leave name unset");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  UpdateOrganizationRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpdateOrganizationRequest} values. */
  public static final class Builder extends ImmutableUpdateOrganizationRequest.Builder {
    Builder() {}
  }
}
