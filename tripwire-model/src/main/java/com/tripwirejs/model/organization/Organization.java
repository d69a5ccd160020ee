package com.tripwirejs.model.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** An organization, as the organization endpoints return it. */
@Value.Immutable
public abstract class Organization implements TripwireObject {

  /** {@return the object type, always {@code organization}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "organization";
  }

  /** {@return the organization id, {@code org_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return the organization's display name} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * {@return the organization's slug: lowercase letters and digits in groups joined by single
   * dashes, such as {@code acme-growth}}
   */
  @JsonProperty(value = "slug", required = true)
  public abstract String slug();

  /** {@return the organization's status} */
  @JsonProperty(value = "status", required = true)
  public abstract OrganizationStatus status();

  /** {@return when the organization was created} */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /**
   * {@return when the organization was last updated} Null when the organization has no recorded
   * update.
   */
  @JsonProperty(value = "updated_at", required = true)
  public abstract @Nullable Instant updatedAt();

  // Only the implementation that Immutables generates in this package extends this class.
  Organization() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Organization} values. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
