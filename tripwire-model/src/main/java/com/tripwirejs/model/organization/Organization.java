package com.tripwirejs.model.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.time.Instant;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Organization. */
@Value.Immutable
public abstract class Organization implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "organization";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * Slug.
   *
   * @return the slug
   */
  @JsonProperty(value = "slug", required = true)
  public abstract String slug();

  /**
   * Status.
   *
   * @return the status
   */
  @JsonProperty(value = "status", required = true)
  public abstract OrganizationStatus status();

  /**
   * Created at.
   *
   * @return the created at
   */
  @JsonProperty(value = "created_at", required = true)
  public abstract Instant createdAt();

  /**
   * Updated at.
   *
   * @return the updated at, or null
   */
  @JsonProperty(value = "updated_at", required = true)
  public abstract @Nullable Instant updatedAt();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Organization} values. */
  public static final class Builder extends ImmutableOrganization.Builder {}
}
