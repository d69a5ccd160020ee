package com.tripwirejs.testing.internal;

import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.model.GateBranding;
import com.tripwirejs.gate.model.GateConsentConfig;
import com.tripwirejs.gate.model.GateEnvVar;
import com.tripwirejs.gate.model.GateSdkInstall;
import com.tripwirejs.model.ServiceGeneration;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What the fake remembers of Gate: the services (the seeded first-party {@code foil} service first), the
 * signup sessions, the gate accounts and their agent tokens, the dashboard login sessions, and the
 * key pair the fake's own copy of each delivery ({@code delivery_bundle.gate}) is encrypted to.
 * Accessed under the lock of the {@link FakeState} that holds it.
 */
final class GateData {
  /** The id of the service that the API's operator itself offers through Gate: {@code foil}. */
  static final String FIRST_PARTY_SERVICE_ID = ServiceGeneration.CURRENT.gateVerdictProperty();

  /** How long an agent has to get a Gate session approved and collect its delivery. */
  static final Duration SESSION_TTL = Duration.ofMinutes(15);

  /** How long a dashboard login session and its code are good for. */
  static final Duration LOGIN_SESSION_TTL = Duration.ofMinutes(10);

  /** How long an agent token lives. */
  static final Duration AGENT_TOKEN_TTL = Duration.ofDays(90);

  final Map<String, GateServiceRecord> services = new LinkedHashMap<>();
  final Map<String, GateSessionRecord> sessions = new LinkedHashMap<>();
  final Map<String, GateAccountRecord> accounts = new LinkedHashMap<>();
  final Map<String, AgentTokenRecord> agentTokens = new LinkedHashMap<>();
  final Map<String, GateLoginSessionRecord> loginSessions = new LinkedHashMap<>();
  final GateDeliveryKeyPair gateKeys = GateDeliveryKeyPair.generate();

  GateData(Instant now) {
    GateServiceRecord firstParty = firstPartyService(now);
    services.put(firstParty.id(), firstParty);
  }

  /** The service with {@code id}, whatever its status, or the API's 404. */
  GateServiceRecord service(String id) {
    GateServiceRecord service = services.get(id);
    if (service == null) {
      throw ApiProblem.serviceNotFound(id, false);
    }
    return service;
  }

  /** The active service with {@code id}: an unknown or disabled one is the API's 404. */
  GateServiceRecord activeService(String id) {
    GateServiceRecord service = service(id);
    if (!service.active()) {
      throw ApiProblem.serviceNotFound(id, true);
    }
    return service;
  }

  /** The service with {@code id} of the organization, or the API's 404. */
  GateServiceRecord ownedService(String organizationId, String id) {
    GateServiceRecord service = services.get(id);
    if (service == null || !service.ownedBy(organizationId)) {
      throw ApiProblem.serviceNotFound(id, false);
    }
    return service;
  }

  /** The agent token {@code token} when it belongs to a service of the organization, else null. */
  @Nullable AgentTokenRecord ownedAgentToken(String organizationId, String token) {
    AgentTokenRecord record = agentTokens.get(token);
    if (record == null) {
      return null;
    }
    GateServiceRecord service = services.get(record.serviceId());
    return service != null && service.ownedBy(organizationId) ? record : null;
  }

  /**
   * The service's own first-party Gate service, as Foil's registry fixtures show it (id {@code
   * foil}), verified, with its two key variables.
   */
  private static GateServiceRecord firstPartyService(Instant now) {
    return new GateServiceRecord(
        null,
        FIRST_PARTY_SERVICE_ID,
        "active",
        true,
        "Foil",
        "Detect AI agents and malicious users",
        "https://usefoil.com",
        "https://dashboard.usefoil.com/auth/gate",
        List.of(
            GateEnvVar.builder().name("Publishable key").key("FOIL_PUBLISHABLE_KEY").secret(false).build(),
            GateEnvVar.builder().name("Secret key").key("FOIL_SECRET_KEY").secret(true).build()),
        "https://usefoil.com/docs",
        List.of(
            GateSdkInstall.builder()
                .label("Node")
                .install("npm install @abxy/foil-server")
                .url("https://www.npmjs.com/package/@abxy/foil-server")
                .build()),
        GateBranding.builder()
            .logoUrl("https://usefoil.com/logo.png")
            .primaryColor("#117BE7")
            .secondaryColor("#0B5CAD")
            .asciiArt("FOIL")
            .verified(true)
            .build(),
        GateConsentConfig.builder()
            .termsUrl("https://usefoil.com/terms")
            .privacyUrl("https://usefoil.com/privacy")
            .build(),
        now,
        now,
        null);
  }
}
