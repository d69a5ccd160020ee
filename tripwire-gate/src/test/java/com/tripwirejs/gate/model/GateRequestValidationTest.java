package com.tripwirejs.gate.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.tripwirejs.gate.model.AcknowledgeGateSessionDeliveryRequest;
import com.tripwirejs.gate.model.ConsumeGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateServiceRequest;
import com.tripwirejs.gate.model.CreateGateSessionRequest;
import com.tripwirejs.gate.model.GateBranding;
import com.tripwirejs.gate.model.GateConsentConfig;
import com.tripwirejs.gate.model.GateEnvVar;
import com.tripwirejs.gate.model.GateSdkInstall;
import com.tripwirejs.gate.model.RevokeAgentTokenRequest;
import com.tripwirejs.gate.model.UpdateGateServiceRequest;
import com.tripwirejs.gate.model.VerifyAgentTokenRequest;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.Secret;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Gate's request bodies check what openapi.json states when they are built: the message names the JSON
 * property and says how to fix it, and never contains the rejected value.
 */
class GateRequestValidationTest {

  /** A value that must never appear in a message. */
  private static final String BAD = "sk_live_BAD VALUE";

  private static final String ENDPOINT_ID = "we_0123456789abcdef0123456789abcdef";

  private static CreateGateServiceRequest.Builder service() {
    return CreateGateServiceRequest.builder()
        .id("acme_prod")
        .name("Acme Production")
        .description("Acme production signup flow")
        .website("https://acme.example.com")
        .webhookEndpointId(ENDPOINT_ID);
  }

  private static GateDeliveryRequest.Builder delivery() {
    return GateDeliveryRequest.builder().keyId("kid").publicKey("pub");
  }

  private static CreateGateSessionRequest.Builder gateSession() {
    return CreateGateSessionRequest.builder()
        .serviceId("tripwire")
        .accountName("my-project")
        .delivery(delivery().build());
  }

  private static GateBranding.Builder branding() {
    return GateBranding.builder().verified(false);
  }

  static Stream<Arguments> invalidRequests() {
    return Stream.of(
        invalid("service id", "id must be a Gate service id", () -> service().id(BAD).build()),
        invalid(
            "service id too short",
            "id must be a Gate service id",
            () -> service().id("ab").build()),
        invalid(
            "service id too long",
            "id must be a Gate service id",
            () -> service().id("a".repeat(33)).build()),
        invalid(
            "service id ending with a dash",
            "id must be a Gate service id",
            () -> service().id("acme-").build()),
        invalid("service name blank", "name must not be blank", () -> service().name("").build()),
        invalid(
            "service description blank",
            "description must not be blank",
            () -> service().description(" ").build()),
        invalid(
            "service website",
            "website must be an absolute URI",
            () -> service().website(BAD).build()),
        invalid(
            "service dashboard login url",
            "dashboard_login_url must be an absolute URI",
            () -> service().dashboardLoginUrl("dashboard.example").build()),
        invalid(
            "service docs url",
            "docs_url must be an absolute URI",
            () -> service().docsUrl(BAD).build()),
        invalid(
            "service env var key blank",
            "env_vars[0].key must not be blank",
            () ->
                service()
                    .addEnvVar(
                        GateEnvVar.builder().name("Secret key").key(" ").secret(true).build())
                    .build()),
        invalid(
            "service sdk url",
            "sdks[0].url must be an absolute URI",
            () ->
                service()
                    .addSdk(
                        GateSdkInstall.builder()
                            .label("Node")
                            .install("npm i acme")
                            .url(BAD)
                            .build())
                    .build()),
        invalid(
            "service branding color",
            "branding.primary_color must be a hex color",
            () -> service().branding(branding().primaryColor("#12345").build()).build()),
        invalid(
            "service branding logo",
            "branding.logo_url must be an absolute URI",
            () -> service().branding(branding().logoUrl(BAD).build()).build()),
        invalid(
            "service consent link",
            "consent.privacy_url must be an absolute URI",
            () -> service().consent(GateConsentConfig.builder().privacyUrl(BAD).build()).build()),
        invalid(
            "service webhook endpoint id",
            "webhook_endpoint_id must be a webhook endpoint id",
            () -> service().webhookEndpointId("we_0123456789ABCDEF0123456789ABCDEF").build()),
        invalid(
            "service update empty",
            "An update must set at least one property",
            () -> UpdateGateServiceRequest.builder().build()),
        invalid(
            "service update color",
            "branding.secondary_color must be a hex color",
            () ->
                UpdateGateServiceRequest.builder()
                    .branding(branding().secondaryColor("blue").build())
                    .build()),
        invalid(
            "service update null other than the login url",
            "name cannot be set to null",
            () -> UpdateGateServiceRequest.builder().addExplicitNull("name").build()),
        invalid(
            "gate session service id",
            "service_id must be a Gate service id",
            () -> gateSession().serviceId(BAD).build()),
        invalid(
            "gate session account name",
            "account_name must not be blank",
            () -> gateSession().accountName("").build()),
        invalid(
            "gate session delivery version",
            "delivery.version must be 1",
            () -> gateSession().delivery(delivery().version(2).build()).build()),
        invalid(
            "gate session delivery algorithm",
            "delivery.algorithm must be x25519-hkdf-sha256/aes-256-gcm",
            () -> gateSession().delivery(delivery().algorithm(BAD).build()).build()),
        invalid(
            "gate session delivery key",
            "delivery.public_key must not be blank",
            () -> gateSession().delivery(delivery().publicKey(" ").build()).build()),
        invalid(
            "login session service id",
            "service_id must be a Gate service id",
            () -> CreateGateLoginSessionRequest.builder().serviceId(BAD).build()),
        invalid(
            "ack token blank",
            "ack_token must not be blank",
            () -> AcknowledgeGateSessionDeliveryRequest.builder().ackToken(Secret.of(" ")).build()),
        invalid(
            "login code blank",
            "code must not be blank",
            () -> ConsumeGateLoginSessionRequest.builder().code(Secret.of("")).build()),
        invalid(
            "agent token to verify blank",
            "agent_token must not be blank",
            () -> VerifyAgentTokenRequest.builder().agentToken(Secret.of("\n")).build()),
        invalid(
            "agent token to revoke blank",
            "agent_token must not be blank",
            () -> RevokeAgentTokenRequest.builder().agentToken(Secret.of("")).build()));
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
            "service",
            (Supplier<Object>)
                () ->
                    service()
                        .id("a-1")
                        .branding(
                            branding().primaryColor("#117BE7").secondaryColor("#abcd").build())
                        .build()),
        Arguments.of("gate session", (Supplier<Object>) () -> gateSession().build()),
        Arguments.of(
            "login session",
            (Supplier<Object>)
                () -> CreateGateLoginSessionRequest.builder().serviceId("acme_prod").build()),
        Arguments.of(
            "agent token",
            (Supplier<Object>)
                () -> VerifyAgentTokenRequest.builder().agentToken(Secret.of("agt_1")).build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validRequests")
  void aValidRequestBuilds(String name, Supplier<Object> build) {
    assertThatCode(build::get).doesNotThrowAnyException();
  }
}
