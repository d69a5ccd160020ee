package com.tripwirejs.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.PermissionDeniedException;
import com.tripwirejs.http.error.UnprocessableEntityException;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.apikey.ApiKeyClientTarget;
import com.tripwirejs.model.apikey.ApiKeyScope;
import com.tripwirejs.model.apikey.ApiKeyType;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.IssuedApiKey;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.model.session.behavior.BehaviorTier;
import com.tripwirejs.model.session.behavior.SessionDetailBehavior;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Today's contract in the fake, through the real client: attaching and clearing a session's client
 * user id (served back by get and list, scope-checked, 404 and 422 as the API answers), the
 * fields new in today's contract on sessions, and the client target of API keys.
 */
class SessionUpdateAndClientTargetTest {
  private FakeTripwire fake;
  private TripwireClient client;

  @BeforeEach
  void start() {
    fake = FakeTripwire.builder().sessions(24).start();
    client = clientWith(fake.secretKey());
  }

  @AfterEach
  void stop() {
    client.close();
    fake.close();
  }

  private TripwireClient clientWith(String secretKey) {
    return TripwireClient.builder().baseUrl(fake.baseUrl().toString()).secretKey(secretKey).build();
  }

  private SessionSummary listed(String sessionId) {
    return client.sessions().listAutoPaging(SessionListParams.none()).stream()
        .filter(s -> s.id().equals(sessionId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aClientUserIdIsNullUntilAttachedThenServedByGetAndListUntilCleared() throws Exception {
    String sessionId = fake.sessionIds().get(3);
    assertThat(client.sessions().get(sessionId).clientUserId()).isNull();
    assertThat(client.sessions().get(sessionId).absentProperties()).as("today's contract sends it").isEmpty();
    assertThat(listed(sessionId).clientUserId()).isNull();

    SessionDetail attached = client.sessions().attachClientUser(sessionId, "user_42");
    assertThat(attached.id()).isEqualTo(sessionId);
    assertThat(attached.clientUserId()).isEqualTo("user_42");
    assertThat(client.sessions().get(sessionId).clientUserId()).isEqualTo("user_42");
    assertThat(listed(sessionId).clientUserId()).isEqualTo("user_42");
    assertThat(client.sessions().get(fake.sessionIds().get(4)).clientUserId()).as("another session").isNull();

    SessionDetail replaced = client.async().sessions().attachClientUser(sessionId, "user_43").get();
    assertThat(replaced.clientUserId()).isEqualTo("user_43");

    SessionDetail cleared = client.sessions().clearClientUser(sessionId);
    assertThat(cleared.clientUserId()).isNull();
    assertThat(client.sessions().get(sessionId).clientUserId()).isNull();
    assertThat(listed(sessionId).clientUserId()).isNull();
  }

  @Test
  void anUnknownSessionIs404AndTheScopeIsSessionsUpdate() {
    assertThatThrownBy(() -> client.sessions().attachClientUser("sid_unknown", "user_1"))
        .isInstanceOf(NotFoundException.class);

    String sessionId = fake.sessionIds().get(0);
    String reader =
        client.organizations().apiKeys().create(fake.organizationId(), CreateApiKeyRequest.builder()
                .name("Reader").type(ApiKeyType.SECRET)
                .addScopes(ApiKeyScope.SESSIONS_READ, ApiKeyScope.SESSIONS_LIST).build())
            .revealedKey().reveal();
    try (TripwireClient readOnly = clientWith(reader)) {
      assertThat(readOnly.sessions().get(sessionId).id()).isEqualTo(sessionId);
      assertThatThrownBy(() -> readOnly.sessions().attachClientUser(sessionId, "user_1"))
          .isInstanceOfSatisfying(PermissionDeniedException.class,
              e -> assertThat(e.apiMessage()).contains("sessions:update"));
    }
    String updater =
        client.organizations().apiKeys().create(fake.organizationId(), CreateApiKeyRequest.builder()
                .name("Updater").type(ApiKeyType.SECRET).addScopes(ApiKeyScope.SESSIONS_UPDATE).build())
            .revealedKey().reveal();
    try (TripwireClient canUpdate = clientWith(updater)) {
      assertThat(canUpdate.sessions().attachClientUser(sessionId, "user_1").clientUserId()).isEqualTo("user_1");
    }
    assertThat(client.sessions().get(sessionId).clientUserId()).isEqualTo("user_1");
  }

  @Test
  void aBodyTheContractRefusesIs422InTheApiErrorShape() throws Exception {
    String sessionId = fake.sessionIds().get(1);
    for (String body :
        List.of(
            "{}",
            "{\"client_user_id\":\"" + "u".repeat(257) + "\"}",
            "{\"client_user_id\":42}",
            "{\"client_user_id\":\"user_1\",\"note\":\"x\"}",
            "[]")) {
      HttpResponse<String> answer = patch(sessionId, body);
      assertThat(answer.statusCode()).as(body).isEqualTo(422);
      assertThat(answer.body()).as(body).contains("\"error\"").contains("\"status\":422")
          .contains("\"docs_url\":\"" + ServiceGeneration.CURRENT.docsUrl());
    }
    assertThat(patch(sessionId, "{\"client_user_id\":\"\"}").statusCode()).as("no minLength in the contract").isEqualTo(200);
    assertThat(patch(sessionId, "{\"client_user_id\":null}").statusCode()).isEqualTo(200);
    assertThat(client.sessions().get(sessionId).clientUserId()).as("nothing refused was stored").isNull();
  }

  private HttpResponse<String> patch(String sessionId, String body) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(fake.baseUrl() + "/v1/sessions/" + sessionId))
            .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
            .header("Authorization", "Bearer " + fake.secretKey())
            .header("Content-Type", "application/json")
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void sessionsCarryTodaysFieldsWithALedgerOnSomeAndNoneOnOthers() {
    int withLedger = 0;
    int without = 0;
    for (String sessionId : fake.sessionIds()) {
      SessionDetail detail = client.sessions().get(sessionId);
      assertThat(detail.absentProperties()).isEmpty();
      assertThat(detail.visitorFingerprint().resolution()).as("always sent today").isNotNull();
      assertThat(detail.visitorFingerprint().resolution().method().isKnown()).isTrue();
      assertThat(detail.browser().absentProperties()).isEmpty();
      assertThat(detail.clientTelemetry().navigator().absentProperties()).isEmpty();
      SessionDetailBehavior behavior = detail.behavior();
      if (behavior == null) {
        without++;
        continue;
      }
      withLedger++;
      assertThat(behavior.fields()).isNotEmpty();
      assertThat(behavior.coverage().fieldsTracked()).isEqualTo(behavior.fields().size());
      assertThat(behavior.assessment().tier().isKnown()).isTrue();
      behavior.fields().forEach(f -> {
        assertThat(f.entryMode().isKnown()).isTrue();
        assertThat(f.tone().isKnown()).isTrue();
      });
      if (detail.decision().automationStatus().value().equals("automated")) {
        assertThat(behavior.assessment().tier()).isEqualTo(BehaviorTier.HIGH);
        assertThat(behavior.assessment().findings()).isNotEmpty();
      }
    }
    assertThat(withLedger).as("sessions with a behavior ledger").isPositive();
    assertThat(without).as("sessions without one").isPositive();
  }

  @Test
  void apiKeysCarryTheirClientTarget() {
    String org = fake.organizationId();
    IssuedApiKey browser = client.organizations().apiKeys().create(org,
        CreateApiKeyRequest.builder().name("Web").build());
    assertThat(browser.clientTarget()).as("a publishable key defaults to browser").isEqualTo(ApiKeyClientTarget.BROWSER);
    IssuedApiKey ios = client.organizations().apiKeys().create(org, CreateApiKeyRequest.builder()
        .name("iOS").type(ApiKeyType.PUBLISHABLE).clientTarget(ApiKeyClientTarget.NATIVE_IOS).build());
    assertThat(ios.clientTarget()).isEqualTo(ApiKeyClientTarget.NATIVE_IOS);
    IssuedApiKey secret = client.organizations().apiKeys().create(org, CreateApiKeyRequest.builder()
        .name("Backend").type(ApiKeyType.SECRET).addScopes(ApiKeyScope.ALL).build());
    assertThat(secret.clientTarget()).as("a secret key has none").isNull();
    assertThat(secret.absentProperties()).isEmpty();

    ApiKey listed = client.organizations().apiKeys().listAutoPaging(org, com.tripwirejs.api.organizations.ApiKeyListParams.none()).stream()
        .filter(k -> k.id().equals(ios.id())).findFirst().orElseThrow();
    assertThat(listed.clientTarget()).isEqualTo(ApiKeyClientTarget.NATIVE_IOS);
    ApiKey updated = client.organizations().apiKeys().update(org, ios.id(),
        UpdateApiKeyRequest.builder().name("iOS app").build());
    assertThat(updated.clientTarget()).as("not updatable: kept").isEqualTo(ApiKeyClientTarget.NATIVE_IOS);
    IssuedApiKey rotated = client.organizations().apiKeys().rotate(org, ios.id());
    assertThat(rotated.clientTarget()).as("a rotation keeps it").isEqualTo(ApiKeyClientTarget.NATIVE_IOS);

    assertThatThrownBy(() -> client.organizations().apiKeys().create(org, CreateApiKeyRequest.builder()
            .name("Watch").clientTarget(ApiKeyClientTarget.of("native-watch")).build()))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("client_target")));
  }
}
