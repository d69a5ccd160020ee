package com.tripwirejs.model.organization;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import org.immutables.value.Value;

/**
 * The body that creates an organization. Needs a secret key with the {@code organizations:create}
 * scope.
 *
 * <p>Building one checks the values before anything is sent: {@code build()} throws an {@link
 * IllegalArgumentException} naming the property when the name is blank or the slug is not lowercase
 * letters and digits in groups joined by single dashes.
 */
@Value.Immutable
public abstract class CreateOrganizationRequest implements TripwireObject {

  /** {@return the organization's display name; not blank} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * {@return the organization's slug, such as {@code acme-growth}: lowercase letters and digits in
   * groups joined by single dashes}
   */
  @JsonProperty(value = "slug", required = true)
  public abstract String slug();

  @Value.Check
  void check() {
    RequestChecks.nonBlank(name(), "name", "give the organization a name");
    RequestChecks.slug(slug(), "slug");
  }

  // Only the implementation that Immutables generates in this package extends this class.
  CreateOrganizationRequest() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CreateOrganizationRequest} values. */
  public static final class Builder extends ImmutableCreateOrganizationRequest.Builder {
    Builder() {}
  }
}
