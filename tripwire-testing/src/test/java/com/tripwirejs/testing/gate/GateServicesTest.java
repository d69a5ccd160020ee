package com.tripwirejs.testing.gate;

import static com.tripwirejs.testing.gate.GateTestKit.agentClient;
import static com.tripwirejs.testing.gate.GateTestKit.client;
import static com.tripwirejs.testing.gate.GateTestKit.createService;
import static com.tripwirejs.testing.gate.GateTestKit.createSession;
import static com.tripwirejs.testing.gate.GateTestKit.send;
import static com.tripwirejs.testing.gate.GateTestKit.serviceRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.model.GateBranding;
import com.tripwirejs.gate.model.GateEnvVar;
import com.tripwirejs.gate.model.GateManagedService;
import com.tripwirejs.gate.model.GateRegistryEntry;
import com.tripwirejs.gate.model.GateServiceStatus;
import com.tripwirejs.gate.model.UpdateGateServiceRequest;
import com.tripwirejs.http.error.ConflictException;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.UnprocessableEntityException;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.testing.gate.GateTestKit.RawAnswer;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The organization's Gate services and the public registry they appear in. */
class GateServicesTest {
  private FakeTripwire fake;
  private TripwireClient client;
  private TripwireClient agent;

  @BeforeEach
  void start() {
    fake = FakeTripwire.builder().gate().sessions(3).start();
    client = client(fake, fake.secretKey());
    agent = agentClient(fake);
  }

  @AfterEach
  void stop() {
    agent.close();
    client.close();
    fake.close();
  }

  @Test
  void aFakeStartedWithoutGateHasNoneOfIt() {
    try (FakeTripwire plain = FakeTripwire.start();
        TripwireClient plainClient = client(plain, plain.secretKey())) {
      assertThatThrownBy(() -> TripwireGate.of(plainClient).registry().list())
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> TripwireGate.of(plainClient).services().list())
          .isInstanceOf(NotFoundException.class);
      assertThatThrownBy(plain::gate)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("FakeTripwire.builder().gate()");
    }
  }

  @Test
  void theRegistryStartsWithTheFirstPartyFoilServiceOfTheFixtures() {
    GateRegistryEntry foil = TripwireGate.of(agent).registry().get("foil");

    assertThat(foil.name()).isEqualTo("Foil");
    assertThat(foil.status()).isEqualTo(GateServiceStatus.ACTIVE);
    assertThat(foil.discoverable()).isTrue();
    assertThat(foil.envVars()).extracting(GateEnvVar::key)
        .containsExactly("FOIL_PUBLISHABLE_KEY", "FOIL_SECRET_KEY");
    assertThat(foil.dashboardLoginUrl()).isEqualTo("https://dashboard.usefoil.com/auth/gate");
    assertThat(TripwireGate.of(agent).registry().list()).containsExactly(foil);
    assertThatThrownBy(() -> TripwireGate.of(agent).registry().get("nothing_here")).isInstanceOf(NotFoundException.class);
    assertThat(TripwireGate.of(client).services().list()).as("Foil's service is not the organization's").isEmpty();
  }

  @Test
  void aServiceLivesItsWholeLifeAndShowsInTheRegistryWhenDiscoverable() {
    GateManagedService created = createService(client, fake, "acme_prod");
    assertThat(created.status()).isEqualTo(GateServiceStatus.ACTIVE);
    assertThat(created.discoverable()).isFalse();
    assertThat(created.docsUrl()).as("defaults to the website").isEqualTo("https://acme.example.com");
    assertThat(created.branding().verified()).isFalse();
    assertThat(created.webhookEndpointId()).startsWith("we_");
    assertThat(TripwireGate.of(client).services().list()).containsExactly(created);
    assertThat(TripwireGate.of(client).services().get("acme_prod")).isEqualTo(created);
    assertThat(TripwireGate.of(agent).registry().list()).extracting(GateRegistryEntry::id).containsExactly("foil");
    assertThat(TripwireGate.of(agent).registry().get("acme_prod").discoverable())
        .as("an unlisted service is still found by id, as npx signup acme_prod does")
        .isFalse();

    GateManagedService listed = TripwireGate.of(client).services().update("acme_prod", UpdateGateServiceRequest.builder()
        .discoverable(true)
        .name("Acme")
        .branding(GateBranding.builder().primaryColor("#117BE7").verified(true).build())
        .build());
    assertThat(listed.name()).isEqualTo("Acme");
    assertThat(listed.description()).as("untouched").isEqualTo("Acme production signup flow");
    assertThat(listed.branding().primaryColor()).isEqualTo("#117BE7");
    assertThat(listed.branding().verified()).as("the badge is the operator's to give").isFalse();
    assertThat(listed.updatedAt()).isAfterOrEqualTo(created.updatedAt());
    assertThat(TripwireGate.of(agent).registry().list()).extracting(GateRegistryEntry::id).containsExactly("foil", "acme_prod");
    createSession(agent, "acme_prod", GateDeliveryKeyPair.generate());

    GateManagedService disabled = TripwireGate.of(client).services().disable("acme_prod");
    assertThat(disabled.status()).isEqualTo(GateServiceStatus.DISABLED);
    assertThat(TripwireGate.of(client).services().get("acme_prod").status()).isEqualTo(GateServiceStatus.DISABLED);
    assertThat(TripwireGate.of(agent).registry().list()).extracting(GateRegistryEntry::id).containsExactly("foil");
    assertThatThrownBy(() -> createSession(agent, "acme_prod", GateDeliveryKeyPair.generate()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).contains("disabled"));
  }

  @Test
  void serviceIdsAreUniqueAcrossTheRegistry() {
    GateManagedService created = createService(client, fake, "acme_prod");

    assertThatThrownBy(() -> TripwireGate.of(client).services().create(serviceRequest("acme_prod", created.webhookEndpointId()).build()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> TripwireGate.of(client).services().create(serviceRequest("foil", created.webhookEndpointId()).build()))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  void aServiceDeclaresNoVariableGateManagesOrBlocksAndAnEndpointOfItsOwn() {
    String endpointId = createService(client, fake, "acme_prod").webhookEndpointId();
    for (String key : List.of("PATH", "npm_config_registry", "ACME_GATE_AGENT_TOKEN", "FOIL_AGENT_TOKEN", "TRIPWIRE_AGENT_TOKEN")) {
      assertThatThrownBy(() -> TripwireGate.of(client).services().create(serviceRequest("acme_staging", endpointId)
              .addEnvVar(GateEnvVar.builder().name("Bad").key(key).secret(false).build())
              .build()))
          .as(key)
          .isInstanceOfSatisfying(UnprocessableEntityException.class,
              e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("env_vars[2].key")));
    }
    assertThatThrownBy(() -> TripwireGate.of(client).services().create(serviceRequest("acme_staging", "we_0123456789abcdef0123456789abcdef").build()))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.fieldErrors()).singleElement().satisfies(f -> assertThat(f.name()).isEqualTo("webhook_endpoint_id")));
    assertThatThrownBy(() -> TripwireGate.of(client).services().update("acme_prod", UpdateGateServiceRequest.builder()
            .envVars(List.of(GateEnvVar.builder().name("Home").key("HOME").secret(false).build()))
            .build()))
        .isInstanceOf(UnprocessableEntityException.class);
  }

  @Test
  void bodiesAreCheckedAgainstGatesRequestSchemas() throws Exception {
    createService(client, fake, "acme_prod");
    String auth = "Bearer " + fake.secretKey();

    RawAnswer empty = send(fake, "PATCH", "/v1/gate/services/acme_prod", auth, "{}");
    assertThat(empty.status()).as("{} is a valid partial update").isEqualTo(200);
    assertThat(empty.body().path("data").path("id").asText()).isEqualTo("acme_prod");

    RawAnswer badColor = send(fake, "PATCH", "/v1/gate/services/acme_prod", auth,
        "{\"branding\":{\"primary_color\":\"red\"},\"website\":\"not a uri\"}");
    assertThat(badColor.status()).isEqualTo(422);
    assertThat(badColor.body().path("error").path("details").path("fields").findValuesAsText("name"))
        .containsExactlyInAnyOrder("branding.primary_color", "website");

    RawAnswer badId = send(fake, "POST", "/v1/gate/services", auth,
        "{\"id\":\"Acme Prod\",\"name\":\"A\",\"description\":\"d\",\"website\":\"https://a.example\","
            + "\"webhook_endpoint_id\":\"we_0123456789abcdef0123456789abcdef\"}");
    assertThat(badId.status()).isEqualTo(422);
    assertThat(badId.body().path("error").path("details").path("fields").findValuesAsText("name")).containsExactly("id");

    RawAnswer noDelivery = send(fake, "POST", "/v1/gate/sessions", null, "{\"service_id\":\"acme_prod\",\"account_name\":\"a\"}");
    assertThat(noDelivery.status()).isEqualTo(422);
    assertThat(noDelivery.body().path("error").path("details").path("fields").findValuesAsText("name")).containsExactly("delivery");

    RawAnswer malformed = send(fake, "POST", "/v1/gate/agent-tokens/verify", auth, "{\"agent_token\":");
    assertThat(malformed.status()).as("malformed JSON is the contract's 422").isEqualTo(422);
  }

  @Test
  void anotherOrganizationSeesNoneOfTheServices() {
    createService(client, fake, "acme_prod");
    String otherOrg = client.organizations().create(CreateOrganizationRequest.builder().name("Other").slug("other").build()).id();
    String otherKey = fake.secretKey(otherOrg);

    try (TripwireClient other = client(fake, otherKey)) {
      assertThat(TripwireGate.of(other).services().list()).isEmpty();
      assertThatThrownBy(() -> TripwireGate.of(other).services().get("acme_prod")).isInstanceOf(NotFoundException.class);
      assertThatThrownBy(() -> TripwireGate.of(other).services().disable("acme_prod")).isInstanceOf(NotFoundException.class);
    }
    assertThat(TripwireGate.of(client).services().get("acme_prod").status()).isEqualTo(GateServiceStatus.ACTIVE);
  }
}
