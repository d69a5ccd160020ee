package com.tripwirejs.api.organizations;

import com.tripwirejs.api.AsyncAutoPager;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.IssuedApiKey;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link ApiKeys}. */
public final class AsyncApiKeys {

  private final ApiCaller caller;

  AsyncApiKeys(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists an organization's API keys (GET /v1/organizations/{organizationId}/api-keys).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param params paging
   * @return one page
   */
  public CompletableFuture<Page<ApiKey>> list(String organizationId, ApiKeyListParams params) {
    return caller.pageAsync(OrganizationCalls.listApiKeys(organizationId, params), ApiKey.class);
  }

  /**
   * Lists the first page of an organization's API keys.
   *
   * @param organizationId the organization id, {@code org_...}
   * @return one page
   */
  public CompletableFuture<Page<ApiKey>> list(String organizationId) {
    return list(organizationId, ApiKeyListParams.none());
  }

  /**
   * Every API key of an organization, fetched page by page.
   *
   * <p>A server that repeats a page cursor fails the walk with a {@code
   * TripwireInvalidResponseException} instead of a loop (see {@link
   * com.tripwirejs.api.AsyncAutoPager}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param params page size and starting cursor
   * @return the auto-pager
   */
  public AsyncAutoPager<ApiKey> listAutoPaging(String organizationId, ApiKeyListParams params) {
    Arguments.requireNonBlank(organizationId, "organizationId");
    Arguments.requireNonNull(params, "params");
    return new AsyncAutoPager<>(
        params.cursor(), cursor -> list(organizationId, params.withCursor(cursor)));
  }

  /**
   * Issues a publishable or secret key (POST /v1/organizations/{organizationId}/api-keys).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param request the key's name, type, environment, origins and scopes
   * @return the key with its secret, revealed this once
   */
  public CompletableFuture<IssuedApiKey> create(String organizationId, CreateApiKeyRequest request) {
    return caller.objectAsync(OrganizationCalls.createApiKey(organizationId, request), IssuedApiKey.class);
  }

  /**
   * Updates a key's name, allowed origins or scopes (PATCH
   * /v1/organizations/{organizationId}/api-keys/{keyId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param keyId the key id, {@code key_...}
   * @param request the properties to change
   * @return the updated key
   */
  public CompletableFuture<ApiKey> update(
      String organizationId, String keyId, UpdateApiKeyRequest request) {
    return caller.objectAsync(
        OrganizationCalls.updateApiKey(organizationId, keyId, request), ApiKey.class);
  }

  /**
   * Revokes a key at once (DELETE /v1/organizations/{organizationId}/api-keys/{keyId}).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param keyId the key id, {@code key_...}
   * @return the revoked key
   */
  public CompletableFuture<ApiKey> revoke(String organizationId, String keyId) {
    return caller.objectAsync(OrganizationCalls.revokeApiKey(organizationId, keyId), ApiKey.class);
  }

  /**
   * Rotates a key (POST /v1/organizations/{organizationId}/api-keys/{keyId}/rotations).
   *
   * @param organizationId the organization id, {@code org_...}
   * @param keyId the key id, {@code key_...}
   * @return the key with its new secret, revealed this once
   */
  public CompletableFuture<IssuedApiKey> rotate(String organizationId, String keyId) {
    return caller.objectAsync(OrganizationCalls.rotateApiKey(organizationId, keyId), IssuedApiKey.class);
  }
}
