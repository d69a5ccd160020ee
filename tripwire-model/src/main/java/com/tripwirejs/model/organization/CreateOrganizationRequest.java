package com.tripwirejs.model.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;

/** Create Organization Request. */
@Value.Immutable
public abstract class CreateOrganizationRequest implements TripwireObject {

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
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateOrganizationRequest} values. */
  public static final class Builder extends ImmutableCreateOrganizationRequest.Builder {}
}
