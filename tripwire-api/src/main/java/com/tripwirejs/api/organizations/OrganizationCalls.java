package com.tripwirejs.api.organizations;

import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.http.HttpMethod;
import com.tripwirejs.http.internal.ApiCall;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;

/** The organization and API key operations as HTTP calls. */
final class OrganizationCalls {

  private static final String ORGANIZATION = "/v1/organizations/{organizationId}";
  private static final String API_KEYS = ORGANIZATION + "/api-keys";
  private static final String API_KEY = API_KEYS + "/{keyId}";

  private OrganizationCalls() {}

  static ApiCall create(CreateOrganizationRequest request) {
    return ApiCall.builder("createOrganization", HttpMethod.POST, "/v1/organizations")
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall get(String organizationId) {
    return organization("getOrganization", HttpMethod.GET, ORGANIZATION, organizationId).build();
  }

  static ApiCall update(String organizationId, UpdateOrganizationRequest request) {
    return organization("updateOrganization", HttpMethod.PATCH, ORGANIZATION, organizationId)
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall listApiKeys(String organizationId, ApiKeyListParams params) {
    Arguments.requireNonNull(params, "params");
    return organization("listOrganizationApiKeys", HttpMethod.GET, API_KEYS, organizationId)
        .query("limit", params.limit())
        .query("cursor", params.cursor())
        .build();
  }

  static ApiCall createApiKey(String organizationId, CreateApiKeyRequest request) {
    return organization("createOrganizationApiKey", HttpMethod.POST, API_KEYS, organizationId)
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall updateApiKey(String organizationId, String keyId, UpdateApiKeyRequest request) {
    return apiKey("updateOrganizationApiKey", HttpMethod.PATCH, API_KEY, organizationId, keyId)
        .body(ApiCaller.body(Arguments.requireNonNull(request, "request")))
        .build();
  }

  static ApiCall revokeApiKey(String organizationId, String keyId) {
    return apiKey("revokeOrganizationApiKey", HttpMethod.DELETE, API_KEY, organizationId, keyId)
        .build();
  }

  static ApiCall rotateApiKey(String organizationId, String keyId) {
    return apiKey(
            "rotateOrganizationApiKey", HttpMethod.POST, API_KEY + "/rotations", organizationId, keyId)
        .build();
  }

  private static ApiCall.Builder organization(
      String operation, HttpMethod method, String path, String organizationId) {
    return ApiCall.builder(operation, method, path)
        .pathValue(Arguments.requireNonBlank(organizationId, "organizationId"));
  }

  private static ApiCall.Builder apiKey(
      String operation, HttpMethod method, String path, String organizationId, String keyId) {
    return organization(operation, method, path, organizationId)
        .pathValue(Arguments.requireNonBlank(keyId, "keyId"));
  }
}
