package com.tripwirejs.api.organizations;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.Organization;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link Organizations}. */
public final class AsyncOrganizations {

  private final ApiCaller caller;
  private final AsyncApiKeys apiKeys;

  /**
   * Creates the namespace; use {@code client.async().organizations()}.
   *
   * @param caller runs the operations
   */
  public AsyncOrganizations(ApiCaller caller) {
    this.caller = caller;
    this.apiKeys = new AsyncApiKeys(caller);
  }

  /**
   * The API keys of organizations.
   *
   * @return the API key operations
   */
  public AsyncApiKeys apiKeys() {
    return apiKeys;
  }

  /**
   * Creates an organization (POST /v1/organizations).
   *
   * @param request its name and slug
   * @return the new organization
   */
  public CompletableFuture<Organization> create(CreateOrganizationRequest request) {
    return caller.objectAsync(OrganizationCalls.create(request), Organization.class);
  }

  /**
   * Reads an organization (GET /v1/organizations/{organizationId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @return the organization
   */
  public CompletableFuture<Organization> get(String organizationId) {
    return caller.objectAsync(OrganizationCalls.get(organizationId), Organization.class);
  }

  /**
   * Updates an organization's name or status (PATCH /v1/organizations/{organizationId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param request the properties to change
   * @return the updated organization
   */
  public CompletableFuture<Organization> update(
      String organizationId, UpdateOrganizationRequest request) {
    return caller.objectAsync(OrganizationCalls.update(organizationId, request), Organization.class);
  }
}
