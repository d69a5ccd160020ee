package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.model.ConsumeGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateServiceRequest;
import com.tripwirejs.gate.model.RevokeAgentTokenRequest;
import com.tripwirejs.gate.model.UpdateGateServiceRequest;
import com.tripwirejs.gate.model.VerifyAgentTokenRequest;
import com.tripwirejs.http.error.AuthenticationException;
import com.tripwirejs.http.error.PermissionDeniedException;
import com.tripwirejs.http.error.UnprocessableEntityException;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.apikey.ApiKeyScope;
import com.tripwirejs.model.apikey.ApiKeyType;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.UpdateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.WebhookEventType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A secret key created through the fake calls an operation only with the operation's scope (or
 * {@code *}); without it the answer is the API's 403 {@code auth.insufficient_scope}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeEnforcementTest {
  private final AtomicInteger unique = new AtomicInteger();
  private FakeTripwire fake;
  private TripwireClient admin;
  private String endpointId;
  private String unreachableEndpointId;
  private String keyId;
  private String sessionId;
  private String visitorId;

  @BeforeAll
  void start() {
    fake = FakeTripwire.builder().gate().sessions(6).start();
    admin = clientWith(fake.secretKey());
    sessionId = fake.sessionIds().get(0);
    visitorId = admin.fingerprints().list().items().get(0).id();
    endpointId = admin.webhooks().endpoints().create(fake.organizationId(), endpoint()).id();
    unreachableEndpointId = admin.webhooks().endpoints().create(fake.organizationId(), CreateWebhookEndpointRequest.builder()
            .name("Unreachable").url("http://127.0.0.1:9/hooks").addEventTypes(WebhookEventType.SESSION_RESULT_PERSISTED).build())
        .id();
    keyId = admin.organizations().apiKeys().create(fake.organizationId(), CreateApiKeyRequest.builder().name("Web").build()).id();
    TripwireGate.of(admin).services().create(service("acme_prod"));
    TripwireGate.of(admin).services().create(service("acme_old"));
  }

  @AfterAll
  void stop() {
    admin.close();
    fake.close();
  }

  /** A call of the client and the scope the API reference gives its operation. */
  private record Operation(String scope, String operation, Consumer<TripwireClient> call) {}

  Stream<Arguments> operations() {
    return operationList().stream()
        .map(op -> Arguments.of(op.scope(), Named.of(op.operation(), op.call())));
  }

  /** Every secret-key operation of the API, called through the client. */
  private List<Operation> operationList() {
    String org = fake.organizationId();
    return List.of(
        operation("sessions:list", "GET /v1/sessions", c -> c.sessions().list()),
        operation("sessions:read", "GET /v1/sessions/{id}", c -> c.sessions().get(sessionId)),
        operation("sessions:update", "PATCH /v1/sessions/{id}", c -> c.sessions().attachClientUser(sessionId, "user_1")),
        operation("fingerprints:list", "GET /v1/fingerprints", c -> c.fingerprints().list()),
        operation("fingerprints:read", "GET /v1/fingerprints/{id}", c -> c.fingerprints().get(visitorId)),
        operation("organizations:create", "POST /v1/organizations", c -> c.organizations().create(
            CreateOrganizationRequest.builder().name("Org").slug("org-" + unique.incrementAndGet()).build())),
        operation("organizations:read", "GET /v1/organizations/{id}", c -> c.organizations().get(org)),
        operation("organizations:update", "PATCH /v1/organizations/{id}", c -> c.organizations().update(org,
            UpdateOrganizationRequest.builder().name("Fake Organization").build())),
        operation("api_keys:read", "GET api-keys", c -> c.organizations().apiKeys().list(org)),
        operation("api_keys:manage", "POST api-keys", c -> c.organizations().apiKeys().create(org,
            CreateApiKeyRequest.builder().name("Web").build())),
        operation("api_keys:manage", "PATCH api-keys/{id}", c -> c.organizations().apiKeys().update(org, keyId,
            UpdateApiKeyRequest.builder().name("Web").build())),
        operation("api_keys:manage", "POST api-keys/{id}/rotations", c -> c.organizations().apiKeys().rotate(org, keyId)),
        operation("api_keys:manage", "DELETE api-keys/{id}", c -> c.organizations().apiKeys().revoke(org, keyId)),
        operation("webhooks:read", "GET webhooks/endpoints", c -> c.webhooks().endpoints().list(org)),
        operation("webhooks:manage", "POST webhooks/endpoints", c -> c.webhooks().endpoints().create(org, endpoint())),
        operation("webhooks:manage", "PATCH webhooks/endpoints/{id}", c -> c.webhooks().endpoints().update(org,
            unreachableEndpointId, UpdateWebhookEndpointRequest.builder().name("Unreachable").build())),
        operation("webhooks:manage", "POST webhooks/endpoints/{id}/rotations",
            c -> c.webhooks().endpoints().rotateSecret(org, unreachableEndpointId)),
        operation("webhooks:manage", "POST webhooks/endpoints/{id}/test",
            c -> c.webhooks().endpoints().sendTest(org, unreachableEndpointId)),
        operation("webhooks:manage", "DELETE webhooks/endpoints/{id}",
            c -> c.webhooks().endpoints().disable(org, unreachableEndpointId)),
        operation("webhooks:read", "GET events", c -> c.webhooks().events().list(org)),
        operation("webhooks:read", "GET events/{id}", c -> c.webhooks().events().get(org, "wevt_unknown")),
        operation("gate:services:read", "GET /v1/gate/services", c -> TripwireGate.of(c).services().list()),
        operation("gate:services:read", "GET /v1/gate/services/{id}", c -> TripwireGate.of(c).services().get("acme_prod")),
        operation("gate:services:manage", "POST /v1/gate/services",
            c -> TripwireGate.of(c).services().create(service("acme-" + unique.incrementAndGet()))),
        operation("gate:services:manage", "PATCH /v1/gate/services/{id}", c -> TripwireGate.of(c).services().update("acme_prod",
            UpdateGateServiceRequest.builder().name("Acme").build())),
        operation("gate:services:manage", "DELETE /v1/gate/services/{id}", c -> TripwireGate.of(c).services().disable("acme_old")),
        operation("gate:agent_tokens:verify", "POST /v1/gate/agent-tokens/verify", c -> TripwireGate.of(c).agentTokens().verify(
            VerifyAgentTokenRequest.builder().agentToken(Secret.of("agt_unknown")).build())),
        operation("gate:agent_tokens:revoke", "POST /v1/gate/agent-tokens/revoke", c -> TripwireGate.of(c).agentTokens().revoke(
            RevokeAgentTokenRequest.builder().agentToken(Secret.of("agt_unknown")).build())),
        operation("gate:login_sessions:consume", "POST /v1/gate/login-sessions/consume",
            c -> TripwireGate.of(c).loginSessions().consume(ConsumeGateLoginSessionRequest.builder().code(Secret.of("123456")).build())));
  }

  @Test
  void everySecretKeyOperationIsCovered() {
    assertThat(operationList()).hasSize(29);
    assertThat(operationList()).extracting(Operation::scope).containsAll(
        ApiKeyScope.knownValues().stream().filter(s -> !s.equals(ApiKeyScope.ALL)).map(ApiKeyScope::value).toList());
  }

  @ParameterizedTest(name = "{1} needs {0}")
  @MethodSource("operations")
  void anOperationNeedsItsOwnScope(String scope, Consumer<TripwireClient> call) {
    try (TripwireClient granted = clientWith(secretKey(List.of(ApiKeyScope.of(scope))))) {
      assertThat(refusal(() -> call.accept(granted)))
          .as("with the %s scope the key passes the auth check (an unknown id may still be 404 or 410)", scope)
          .isNull();
    }
    List<ApiKeyScope> everyOtherScope =
        ApiKeyScope.knownValues().stream().filter(s -> !s.equals(ApiKeyScope.ALL) && !s.value().equals(scope)).toList();
    try (TripwireClient lacking = clientWith(secretKey(everyOtherScope))) {
      assertThatThrownBy(() -> call.accept(lacking))
          .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
            assertThat(e.status()).isEqualTo(403);
            assertThat(e.code()).isEqualTo("auth.insufficient_scope");
            assertThat(e.apiMessage()).contains(scope);
            assertThat(e.requestId()).startsWith("req_");
          });
    }
  }

  @Test
  void theStarScopeAndTheFakesOwnKeyReachEverything() {
    try (TripwireClient star = clientWith(secretKey(List.of(ApiKeyScope.ALL)))) {
      for (Operation operation : operationList()) {
        assertThat(refusal(() -> operation.call().accept(star))).as(operation.scope()).isNull();
        assertThat(refusal(() -> operation.call().accept(admin))).as(operation.scope()).isNull();
      }
    }
  }

  @Test
  void aKeyKeepsItsScopesThroughAnUpdateAndRejectsUnknownOnes() {
    String org = fake.organizationId();
    String keyId = admin.organizations().apiKeys().create(org, CreateApiKeyRequest.builder()
            .name("Backend").type(ApiKeyType.SECRET).addScopes(ApiKeyScope.SESSIONS_LIST).build())
        .id();
    assertThatThrownBy(() -> admin.organizations().apiKeys().create(org, CreateApiKeyRequest.builder()
            .name("Backend").type(ApiKeyType.SECRET).addScopes(ApiKeyScope.of("gate:everything")).build()))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("scopes[0]")));
    assertThatThrownBy(() -> admin.organizations().apiKeys().update(org, keyId,
            UpdateApiKeyRequest.builder().addScopes(ApiKeyScope.of("sessions:delete")).build()))
        .isInstanceOf(UnprocessableEntityException.class);
  }

  /** The 401 or 403 that {@code call} ends in, or null when it passed the auth checks. */
  private static @Nullable Throwable refusal(ThrowingCallable call) {
    Throwable answer = catchThrowable(call);
    return answer instanceof PermissionDeniedException || answer instanceof AuthenticationException ? answer : null;
  }

  private static Operation operation(String scope, String operation, Consumer<TripwireClient> call) {
    return new Operation(scope, operation, call);
  }

  private String secretKey(List<ApiKeyScope> scopes) {
    return admin.organizations().apiKeys().create(fake.organizationId(), CreateApiKeyRequest.builder()
            .name("Scoped").type(ApiKeyType.SECRET).addAllScopes(scopes).build())
        .revealedKey()
        .reveal();
  }

  private TripwireClient clientWith(String secretKey) {
    return TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(secretKey).build();
  }

  private static CreateWebhookEndpointRequest endpoint() {
    return CreateWebhookEndpointRequest.builder()
        .name("Receiver").url("https://acme.example.com/hooks").addEventTypes(WebhookEventType.GATE_SESSION_APPROVED).build();
  }

  private CreateGateServiceRequest service(String id) {
    return CreateGateServiceRequest.builder()
        .id(id).name("Acme").description("Acme signup").website("https://acme.example.com").webhookEndpointId(endpointId).build();
  }
}
