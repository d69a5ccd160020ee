package com.tripwirejs.api.contract;

import static java.util.Map.entry;

import com.tripwirejs.api.fingerprints.FingerprintListParams;
import com.tripwirejs.api.fingerprints.FingerprintSort;
import com.tripwirejs.api.organizations.ApiKeyListParams;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.api.webhooks.EventListParams;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;
import com.tripwirejs.model.session.UpdateSessionRequest;
import com.tripwirejs.model.session.Verdict;
import com.tripwirejs.model.spec.TripwireSpec;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.UpdateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.WebhookEventType;
import java.util.List;
import java.util.Map;

/**
 * Every operation of the core API, as the contract suite calls it; Gate's operations are the Gate
 * module's to test.
 */
final class ContractOperations {

  static final String SECRET_KEY = "sk_test_contract_0123456789";

  private static final String ORG = "org_56789abcdefghjkmnpqrstvwxy";
  private static final String KEY = "key_2y4grs8zpxb7n1q3dm5kc9wfta";
  private static final String ENDPOINT = "we_0123456789abcdef0123456789abcdef";
  private static final String EVENT = "wevt_0123456789abcdef0123456789abcdef";
  private static final String SESSION = "sid_0123456789abcdefghjkmnpqrs";

  private ContractOperations() {}

  static List<ContractOperation> all(TripwireSpec spec) {
    String bearer = "Bearer " + SECRET_KEY;
    List<Map.Entry<String, String>> none = List.of();
    SessionListParams sessionParams =
        SessionListParams.builder().limit(25).cursor("cur_sessions_page_2").verdict(Verdict.BOT).search("arm").build();
    FingerprintListParams fingerprintParams =
        FingerprintListParams.builder().limit(10).cursor("cur_fp").search("macOS").sort(FingerprintSort.SEEN_COUNT).build();
    ApiKeyListParams keyParams = ApiKeyListParams.builder().limit(5).cursor("cur_keys").build();
    EventListParams eventParams =
        EventListParams.builder().endpointId(ENDPOINT).type(WebhookEventType.WEBHOOK_TEST).limit(20).build();
    Bodies bodies = new Bodies(spec);
    List<ContractOperation> all = List.of(
        op("listSessions", "get", "/v1/sessions", "/v1/sessions",
            List.of(entry("limit", "25"), entry("cursor", "cur_sessions_page_2"), entry("verdict", "bot"), entry("search", "arm")),
            null, bearer, "page",
            c -> c.sessions().list(sessionParams), a -> a.sessions().list(sessionParams)),
        op("getSession", "get", "/v1/sessions/{sessionId}", "/v1/sessions/sid_0123456789abcdefghjkmnpqrs", none, null, bearer, "object",
            c -> c.sessions().get("sid_0123456789abcdefghjkmnpqrs"), a -> a.sessions().get("sid_0123456789abcdefghjkmnpqrs")),
        op("updateSession", "patch", "/v1/sessions/{sessionId}", "/v1/sessions/" + SESSION, none, "UpdateSessionRequest", bearer, "object",
            c -> c.sessions().update(SESSION, bodies.read("UpdateSessionRequest", UpdateSessionRequest.class)),
            a -> a.sessions().update(SESSION, bodies.read("UpdateSessionRequest", UpdateSessionRequest.class))),
        op("updateSession", "patch", "/v1/sessions/{sessionId}", "/v1/sessions/" + SESSION, none, "UpdateSessionRequest", bearer, "object",
            c -> c.sessions().attachClientUser(SESSION, bodies.example("UpdateSessionRequest").get("client_user_id").asText()),
            a -> a.sessions().attachClientUser(SESSION, bodies.example("UpdateSessionRequest").get("client_user_id").asText())),
        op("listVisitorFingerprints", "get", "/v1/fingerprints", "/v1/fingerprints",
            List.of(entry("limit", "10"), entry("cursor", "cur_fp"), entry("search", "macOS"), entry("sort", "seen_count")),
            null, bearer, "page",
            c -> c.fingerprints().list(fingerprintParams), a -> a.fingerprints().list(fingerprintParams)),
        op("getVisitorFingerprint", "get", "/v1/fingerprints/{visitorId}", "/v1/fingerprints/vid_456789abcdefghjkmnpqrstvwx", none, null, bearer, "object",
            c -> c.fingerprints().get("vid_456789abcdefghjkmnpqrstvwx"), a -> a.fingerprints().get("vid_456789abcdefghjkmnpqrstvwx")),
        op("createOrganization", "post", "/v1/organizations", "/v1/organizations", none, "CreateOrganizationRequest", bearer, "object",
            c -> c.organizations().create(bodies.read("CreateOrganizationRequest", CreateOrganizationRequest.class)),
            a -> a.organizations().create(bodies.read("CreateOrganizationRequest", CreateOrganizationRequest.class))),
        op("getOrganization", "get", "/v1/organizations/{organizationId}", "/v1/organizations/" + ORG, none, null, bearer, "object",
            c -> c.organizations().get(ORG), a -> a.organizations().get(ORG)),
        op("updateOrganization", "patch", "/v1/organizations/{organizationId}", "/v1/organizations/" + ORG, none, "UpdateOrganizationRequest", bearer, "object",
            c -> c.organizations().update(ORG, bodies.read("UpdateOrganizationRequest", UpdateOrganizationRequest.class)),
            a -> a.organizations().update(ORG, bodies.read("UpdateOrganizationRequest", UpdateOrganizationRequest.class))),
        op("listOrganizationApiKeys", "get", "/v1/organizations/{organizationId}/api-keys", "/v1/organizations/" + ORG + "/api-keys",
            List.of(entry("limit", "5"), entry("cursor", "cur_keys")), null, bearer, "page",
            c -> c.organizations().apiKeys().list(ORG, keyParams), a -> a.organizations().apiKeys().list(ORG, keyParams)),
        op("createOrganizationApiKey", "post", "/v1/organizations/{organizationId}/api-keys", "/v1/organizations/" + ORG + "/api-keys", none, "CreateApiKeyRequest", bearer, "object",
            c -> c.organizations().apiKeys().create(ORG, bodies.read("CreateApiKeyRequest", CreateApiKeyRequest.class)),
            a -> a.organizations().apiKeys().create(ORG, bodies.read("CreateApiKeyRequest", CreateApiKeyRequest.class))),
        op("revokeOrganizationApiKey", "delete", "/v1/organizations/{organizationId}/api-keys/{keyId}", "/v1/organizations/" + ORG + "/api-keys/" + KEY, none, null, bearer, "object",
            c -> c.organizations().apiKeys().revoke(ORG, KEY), a -> a.organizations().apiKeys().revoke(ORG, KEY)),
        op("updateOrganizationApiKey", "patch", "/v1/organizations/{organizationId}/api-keys/{keyId}", "/v1/organizations/" + ORG + "/api-keys/" + KEY, none, "UpdateApiKeyRequest", bearer, "object",
            c -> c.organizations().apiKeys().update(ORG, KEY, bodies.read("UpdateApiKeyRequest", UpdateApiKeyRequest.class)),
            a -> a.organizations().apiKeys().update(ORG, KEY, bodies.read("UpdateApiKeyRequest", UpdateApiKeyRequest.class))),
        op("rotateOrganizationApiKey", "post", "/v1/organizations/{organizationId}/api-keys/{keyId}/rotations", "/v1/organizations/" + ORG + "/api-keys/" + KEY + "/rotations", none, null, bearer, "object",
            c -> c.organizations().apiKeys().rotate(ORG, KEY), a -> a.organizations().apiKeys().rotate(ORG, KEY)),
        op("listWebhookEndpoints", "get", "/v1/organizations/{organizationId}/webhooks/endpoints", "/v1/organizations/" + ORG + "/webhooks/endpoints", none, null, bearer, "page",
            c -> c.webhooks().endpoints().list(ORG), a -> a.webhooks().endpoints().list(ORG)),
        op("createWebhookEndpoint", "post", "/v1/organizations/{organizationId}/webhooks/endpoints", "/v1/organizations/" + ORG + "/webhooks/endpoints", none, "CreateWebhookEndpointRequest", bearer, "object",
            c -> c.webhooks().endpoints().create(ORG, bodies.read("CreateWebhookEndpointRequest", CreateWebhookEndpointRequest.class)),
            a -> a.webhooks().endpoints().create(ORG, bodies.read("CreateWebhookEndpointRequest", CreateWebhookEndpointRequest.class))),
        op("updateWebhookEndpoint", "patch", "/v1/organizations/{organizationId}/webhooks/endpoints/{endpointId}", "/v1/organizations/" + ORG + "/webhooks/endpoints/" + ENDPOINT, none, "UpdateWebhookEndpointRequest", bearer, "object",
            c -> c.webhooks().endpoints().update(ORG, ENDPOINT, bodies.read("UpdateWebhookEndpointRequest", UpdateWebhookEndpointRequest.class)),
            a -> a.webhooks().endpoints().update(ORG, ENDPOINT, bodies.read("UpdateWebhookEndpointRequest", UpdateWebhookEndpointRequest.class))),
        op("disableWebhookEndpoint", "delete", "/v1/organizations/{organizationId}/webhooks/endpoints/{endpointId}", "/v1/organizations/" + ORG + "/webhooks/endpoints/" + ENDPOINT, none, null, bearer, "object",
            c -> c.webhooks().endpoints().disable(ORG, ENDPOINT), a -> a.webhooks().endpoints().disable(ORG, ENDPOINT)),
        op("rotateWebhookEndpointSecret", "post", "/v1/organizations/{organizationId}/webhooks/endpoints/{endpointId}/rotations", "/v1/organizations/" + ORG + "/webhooks/endpoints/" + ENDPOINT + "/rotations", none, null, bearer, "object",
            c -> c.webhooks().endpoints().rotateSecret(ORG, ENDPOINT), a -> a.webhooks().endpoints().rotateSecret(ORG, ENDPOINT)),
        op("sendTestWebhook", "post", "/v1/organizations/{organizationId}/webhooks/endpoints/{endpointId}/test", "/v1/organizations/" + ORG + "/webhooks/endpoints/" + ENDPOINT + "/test", none, null, bearer, "object",
            c -> c.webhooks().endpoints().sendTest(ORG, ENDPOINT), a -> a.webhooks().endpoints().sendTest(ORG, ENDPOINT)),
        op("listEvents", "get", "/v1/organizations/{organizationId}/events", "/v1/organizations/" + ORG + "/events",
            List.of(entry("endpoint_id", ENDPOINT), entry("type", "webhook.test"), entry("limit", "20")), null, bearer, "page",
            c -> c.webhooks().events().list(ORG, eventParams), a -> a.webhooks().events().list(ORG, eventParams)),
        op("retrieveEvent", "get", "/v1/organizations/{organizationId}/events/{eventId}", "/v1/organizations/" + ORG + "/events/" + EVENT, none, null, bearer, "object",
            c -> c.webhooks().events().get(ORG, EVENT), a -> a.webhooks().events().get(ORG, EVENT)));
    // The operations this generation of the contract has: updateSession came with Foil.
    return all.stream().filter(o -> spec.openapi().path("paths").path(o.specPath()).has(o.method())).toList();
  }

  private static ContractOperation op(
      String operationId,
      String method,
      String specPath,
      String path,
      List<Map.Entry<String, String>> query,
      String requestSchema,
      String authorization,
      String result,
      java.util.function.Function<com.tripwirejs.api.TripwireClient, Object> blocking,
      java.util.function.Function<com.tripwirejs.api.TripwireAsyncClient, java.util.concurrent.CompletableFuture<?>> nonBlocking) {
    return new ContractOperation(
        operationId, method, specPath, path, query, requestSchema, authorization, result, blocking, nonBlocking);
  }

  /** Request bodies: the example of each request schema in openapi.json, read into the model. */
  static final class Bodies {
    private final TripwireSpec spec;

    Bodies(TripwireSpec spec) {
      this.spec = spec;
    }

    <T> T read(String schema, Class<T> type) {
      return TripwireJson.fromTree(example(schema), type);
    }

    com.fasterxml.jackson.databind.JsonNode example(String schema) {
      return spec.schema(schema).get("example");
    }
  }
}
