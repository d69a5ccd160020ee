package com.tripwirejs.api.organizations;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.Organization;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;

/** Organizations: create, read and update them; their API keys under {@link #apiKeys()}. */
public final class Organizations {

  private final ApiCaller caller;
  private final ApiKeys apiKeys;

  /**
   * Creates the namespace; use {@code client.organizations()}.
   *
   * @param caller runs the operations
   */
  public Organizations(ApiCaller caller) {
    this.caller = caller;
    this.apiKeys = new ApiKeys(caller);
  }

  /**
   * The API keys of organizations.
   *
   * @return the API key operations
   */
  public ApiKeys apiKeys() {
    return apiKeys;
  }

  /**
   * Creates an organization (POST /v1/organizations).
   *
   * @param request its name and slug
   * @return the new organization
   */
  public Organization create(CreateOrganizationRequest request) {
    return caller.object(OrganizationCalls.create(request), Organization.class);
  }

  /**
   * Reads an organization (GET /v1/organizations/{organizationId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @return the organization
   */
  public Organization get(String organizationId) {
    return caller.object(OrganizationCalls.get(organizationId), Organization.class);
  }

  /**
   * Updates an organization's name or status (PATCH /v1/organizations/{organizationId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param request the properties to change
   * @return the updated organization
   */
  public Organization update(String organizationId, UpdateOrganizationRequest request) {
    return caller.object(OrganizationCalls.update(organizationId, request), Organization.class);
  }
}
