package com.tripwirejs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.tripwirejs.model.apikey.ApiKeyScope;
import com.tripwirejs.model.apikey.ApiKeyType;
import com.tripwirejs.model.apikey.CreateApiKeyRequest;
import com.tripwirejs.model.apikey.UpdateApiKeyRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.model.organization.OrganizationStatus;
import com.tripwirejs.model.organization.UpdateOrganizationRequest;
import com.tripwirejs.model.webhook.CreateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.UpdateWebhookEndpointRequest;
import com.tripwirejs.model.webhook.WebhookEndpointStatus;
import com.tripwirejs.model.webhook.WebhookEventType;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Request bodies check what openapi.json states when they are built: the message names the JSON
 * property and says how to fix it, and never contains the rejected value.
 */
class RequestValidationTest {

  /** A value that must never appear in a message. */
  private static final String BAD = "sk_live_BAD VALUE";

  private static final String ENDPOINT_ID = "we_0123456789abcdef0123456789abcdef";

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        invalid(
            "organization name blank",
            "name must not be blank",
            () -> CreateOrganizationRequest.builder().name(" \t").slug("acme").build()),
        invalid(
            "organization slug",
            "slug must be lowercase letters and digits",
            () -> CreateOrganizationRequest.builder().name("Acme").slug(BAD).build()),
        invalid(
            "organization slug with a trailing dash",
            "slug must be",
            () -> CreateOrganizationRequest.builder().name("Acme").slug("acme-").build()),
        invalid(
            "organization update empty",
            "An update must set at least one property: set one of name, status",
            () -> UpdateOrganizationRequest.builder().build()),
        invalid(
            "organization update name blank",
            "name must not be blank",
            () -> UpdateOrganizationRequest.builder().name("").build()),
        invalid(
            "api key name blank",
            "name must not be blank",
            () -> CreateApiKeyRequest.builder().name("").build()),
        invalid(
            "api key origin",
            "allowed_origins[1] must be an absolute URI",
            () ->
                CreateApiKeyRequest.builder()
                    .name("Web")
                    .addAllowedOrigin("https://a.example")
                    .addAllowedOrigin(BAD)
                    .build()),
        invalid(
            "api key origin without scheme",
            "allowed_origins[0] must be an absolute URI",
            () ->
                CreateApiKeyRequest.builder().name("Web").addAllowedOrigin("app.acme.co").build()),
        invalid(
            "secret key without scopes",
            "scopes must be set for a secret key",
            () -> CreateApiKeyRequest.builder().name("Backend").type(ApiKeyType.SECRET).build()),
        invalid(
            "secret key with no scope",
            "scopes must not be empty",
            () ->
                CreateApiKeyRequest.builder()
                    .name("Backend")
                    .type(ApiKeyType.SECRET)
                    .scopes(List.of())
                    .build()),
        invalid(
            "publishable key with scopes",
            "scopes are only for secret keys",
            () ->
                CreateApiKeyRequest.builder()
                    .name("Web")
                    .type(ApiKeyType.PUBLISHABLE)
                    .addScope(ApiKeyScope.ALL)
                    .build()),
        invalid(
            "key of default type with scopes",
            "scopes are only for secret keys",
            () ->
                CreateApiKeyRequest.builder()
                    .name("Web")
                    .addScope(ApiKeyScope.SESSIONS_READ)
                    .build()),
        invalid(
            "api key update empty",
            "An update must set at least one property: set one of name, allowed_origins, scopes",
            () -> UpdateApiKeyRequest.builder().build()),
        invalid(
            "api key update scopes empty",
            "scopes must not be empty",
            () -> UpdateApiKeyRequest.builder().scopes(List.of()).build()),
        invalid(
            "api key update origin",
            "allowed_origins[0] must be an absolute URI",
            () -> UpdateApiKeyRequest.builder().addAllowedOrigin(BAD).build()),
        invalid(
            "endpoint name blank",
            "name must not be blank",
            () ->
                CreateWebhookEndpointRequest.builder()
                    .name(" ")
                    .url("https://h.example/hook")
                    .addEventType(WebhookEventType.SESSION_RESULT_PERSISTED)
                    .build()),
        invalid(
            "endpoint url",
            "url must be an absolute URI",
            () ->
                CreateWebhookEndpointRequest.builder()
                    .name("Hook")
                    .url(BAD)
                    .addEventType(WebhookEventType.SESSION_RESULT_PERSISTED)
                    .build()),
        invalid(
            "endpoint without event types",
            "event_types must not be empty",
            () ->
                CreateWebhookEndpointRequest.builder()
                    .name("Hook")
                    .url("https://h.example/hook")
                    .build()),
        invalid(
            "endpoint subscribed to test events",
            "event_types[1] cannot be webhook.test",
            () ->
                CreateWebhookEndpointRequest.builder()
                    .name("Hook")
                    .url("https://h.example/hook")
                    .addEventType(WebhookEventType.GATE_SESSION_APPROVED)
                    .addEventType(WebhookEventType.WEBHOOK_TEST)
                    .build()),
        invalid(
            "endpoint update empty",
            "An update must set at least one property: set one of name, url, status, event_types",
            () -> UpdateWebhookEndpointRequest.builder().build()),
        invalid(
            "endpoint update event types empty",
            "event_types must not be empty",
            () -> UpdateWebhookEndpointRequest.builder().eventTypes(List.of()).build()),
        invalid(
            "endpoint update url",
            "url must be an absolute URI",
            () -> UpdateWebhookEndpointRequest.builder().url("/relative/hook").build()));
  }

  private static Arguments invalid(String name, String message, Supplier<Object> build) {
    return Arguments.of(name, message, build);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalidRequests")
  void anInvalidRequestFailsWhenBuiltNamingThePropertyButNotTheValue(
      String name, String message, Supplier<Object> build) {
    IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class, build::get);

    assertThat(e).as("building must fail").isNotNull();
    assertThat(e.getMessage()).startsWith(message).doesNotContain(BAD).doesNotContain("BAD");
  }

  static Stream<Arguments> validRequests() {
    return Stream.of(
        Arguments.of(
            "organization",
            (Supplier<Object>)
                () ->
                    CreateOrganizationRequest.builder().name("Acme").slug("acme-growth-2").build()),
        Arguments.of(
            "organization update",
            (Supplier<Object>)
                () ->
                    UpdateOrganizationRequest.builder()
                        .status(OrganizationStatus.SUSPENDED)
                        .build()),
        Arguments.of(
            "update with only a property this SDK does not know",
            (Supplier<Object>)
                () ->
                    UpdateOrganizationRequest.builder()
                        .putUnknownProperty("future", JsonNodeFactory.instance.booleanNode(true))
                        .build()),
        Arguments.of(
            "publishable key",
            (Supplier<Object>)
                () ->
                    CreateApiKeyRequest.builder()
                        .name("Web")
                        .type(ApiKeyType.PUBLISHABLE)
                        .addAllowedOrigin("https://app.acme.co")
                        .build()),
        Arguments.of(
            "key of default type",
            (Supplier<Object>) () -> CreateApiKeyRequest.builder().name("Web").build()),
        Arguments.of(
            "secret key",
            (Supplier<Object>)
                () ->
                    CreateApiKeyRequest.builder()
                        .name("Backend")
                        .type(ApiKeyType.SECRET)
                        .addScope(ApiKeyScope.ALL)
                        .build()),
        Arguments.of(
            "key of a type this SDK does not know",
            (Supplier<Object>)
                () ->
                    CreateApiKeyRequest.builder()
                        .name("Backend")
                        .type(ApiKeyType.of("restricted"))
                        .addScope(ApiKeyScope.SESSIONS_READ)
                        .build()),
        Arguments.of(
            "endpoint",
            (Supplier<Object>)
                () ->
                    CreateWebhookEndpointRequest.builder()
                        .name("Hook")
                        .url("https://h.example/hook")
                        .addEventType(WebhookEventType.of("future.event"))
                        .build()),
        Arguments.of(
            "endpoint update",
            (Supplier<Object>)
                () ->
                    UpdateWebhookEndpointRequest.builder()
                        .status(WebhookEndpointStatus.DISABLED)
                        .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validRequests")
  void aValidRequestBuilds(String name, Supplier<Object> build) {
    assertThatCode(build::get).doesNotThrowAnyException();
  }

  @Test
  void readingAnInvalidRequestFailsWithTheSameRuleAndThePath() {
    TripwireJsonException e =
        catchThrowableOfType(
            TripwireJsonException.class,
            () ->
                TripwireJson.read(
                    "{\"name\":\"Acme\",\"slug\":\"Not A Slug\"}",
                    CreateOrganizationRequest.class));

    assertThat(e.getMessage())
        .startsWith("slug must be lowercase letters")
        .endsWith(" at $")
        .doesNotContain("Not A Slug");
  }

  @Test
  void responsesStayLenient() {
    String json =
        "{\"object\":\"organization\",\"id\":\"org_1\",\"name\":\"\",\"slug\":\"Not A Slug\","
            + "\"status\":\"active\",\"created_at\":\"2026-03-24T19:00:00.000Z\",\"updated_at\":null}";

    assertThat(TripwireJson.read(json, com.tripwirejs.model.organization.Organization.class).slug())
        .isEqualTo("Not A Slug");
  }
}
