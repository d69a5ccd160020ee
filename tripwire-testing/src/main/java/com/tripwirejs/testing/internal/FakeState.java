package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jspecify.annotations.Nullable;

/**
 * Everything the fake remembers: one organization with its secret key, the API keys, webhook
 * endpoints and events created through it, the seeded sessions and visitor fingerprints, and, when
 * the fake runs with Gate, the Gate services, sessions, accounts, agent tokens and login sessions. All access goes through this
 * object's lock.
 */
public final class FakeState {
  private final Ids ids;
  private final Clock clock;
  private final String secretKey;
  final Map<String, OrganizationRecord> organizations = new LinkedHashMap<>();
  /** Each organization's own secret key (scope {@code *}), as its owner has it from the dashboard. */
  private final Map<String, String> ownerKeys = new LinkedHashMap<>();
  final Map<String, ApiKeyRecord> apiKeys = new LinkedHashMap<>();
  final Map<String, WebhookEndpointRecord> endpoints = new LinkedHashMap<>();
  final List<EventRecord> events = new ArrayList<>();
  final SessionData sessions;
  /** The most events the event log keeps; the oldest go first. */
  static final int MAX_EVENTS = 10_000;

  private @Nullable WebhookDeliveries webhooks;
  /** Gate's part of the state; null unless the fake was started with Gate ({@link #enableGate()}). */
  @Nullable GateData gate;
  private final String organizationId;

  /**
   * A fresh state: one active organization, its secret key, and {@code sessionCount} sessions of
   * seeded, realistic detection data, all drawn from {@code seed} so two fakes with one seed hold
   * the same ids and data.
   */
  public FakeState(long seed, int sessionCount, Clock clock) {
    this.ids = new Ids(new Random(seed));
    this.clock = clock;
    this.secretKey = ids.base32("sk_test_");
    Instant now = now();
    OrganizationRecord organization =
        new OrganizationRecord(ids.base32("org_"), "Fake Organization", "fake-organization", "active", now, now);
    organizations.put(organization.id(), organization);
    this.organizationId = organization.id();
    ownerKeys.put(organization.id(), secretKey);
    this.sessions = new SessionData(ids, now, sessionCount);
  }

  /** The secret key that authenticates as the fake's organization. */
  public String secretKey() {
    return secretKey;
  }

  /**
   * The secret key (scope {@code *}) of an organization: the fake's own, or one created through
   * the API.
   *
   * @throws IllegalArgumentException if no organization has {@code organizationId}
   */
  public synchronized String secretKey(String organizationId) {
    String key = ownerKeys.get(organizationId);
    if (key == null) {
      throw new IllegalArgumentException(
          "No organization has id " + organizationId + ": pass the id of one created through the fake");
    }
    return key;
  }

  /** Adds an organization with a secret key of its own (scope {@code *}). */
  synchronized void addOrganization(OrganizationRecord organization) {
    organizations.put(organization.id(), organization);
    ownerKeys.put(organization.id(), ids.base32("sk_test_"));
  }

  /** The id of the organization the fake starts with. */
  public String organizationId() {
    return organizationId;
  }

  /** The ids of the seeded sessions, newest first as the API lists them. */
  public synchronized List<String> sessionIds() {
    return sessions.sessionIds();
  }

  /**
   * The {@code session_verification} payload of a seeded session, as a sealed token carries it.
   *
   * @throws IllegalArgumentException if no seeded session has {@code sessionId}
   */
  public synchronized ObjectNode sessionVerification(String sessionId) {
    try {
      return SessionData.verification(sessions.session(sessionId));
    } catch (ApiProblem notFound) {
      throw new IllegalArgumentException(
          "No seeded session has id " + sessionId + ": pass one of FakeTripwire.sessionIds()", notFound);
    }
  }

  /**
   * Adds Gate's part of the state (the first-party service seeded); needs {@code tripwire-gate} on
   * the class path. Called once, before the server starts.
   */
  public synchronized void enableGate() {
    if (gate == null) {
      gate = new GateData(now());
    }
  }

  /** {@return whether the fake runs with Gate} */
  public synchronized boolean gateEnabled() {
    return gate != null;
  }

  /** Gate's part of the state; the Gate routes exist only when it does. */
  GateData gate() {
    return Objects.requireNonNull(gate, "Gate is not enabled");
  }

  /**
   * Approves a pending Gate session as the person at its consent URL would.
   *
   * @throws IllegalArgumentException if no Gate session has {@code gateSessionId}
   * @throws IllegalStateException if the session is not pending
   */
  public synchronized GateApproval approveGateSession(String gateSessionId) {
    return new GateApprover(this, gate()).approve(gateSessionId);
  }

  /**
   * Rejects a pending Gate session as a person declining consent would.
   *
   * @throws IllegalArgumentException if no Gate session has {@code gateSessionId}
   * @throws IllegalStateException if the session is not pending
   */
  public synchronized void denyGateSession(String gateSessionId) {
    new GateApprover(this, gate()).deny(gateSessionId);
  }

  /**
   * The one-time code of a Gate dashboard login session.
   *
   * @throws IllegalArgumentException if no login session has {@code loginSessionId}
   */
  public synchronized String gateLoginCode(String loginSessionId) {
    return new GateApprover(this, gate()).loginCode(loginSessionId);
  }

  Ids ids() {
    return ids;
  }

  /** How the fake delivers events to webhook endpoints; one per fake. */
  public synchronized WebhookDeliveries webhooks() {
    if (webhooks == null) {
      webhooks = new WebhookDeliveries(this);
    }
    return webhooks;
  }

  /** Adds an event to the event log, dropping the oldest beyond {@link #MAX_EVENTS}. */
  synchronized void recordEvent(EventRecord event) {
    events.add(event);
    if (events.size() > MAX_EVENTS) {
      events.subList(0, events.size() - MAX_EVENTS).clear();
    }
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  /**
   * Accepts each organization's own secret key (scope {@code *}) and every secret key created through it
   * that is active, or rotated and still in its grace period, with the scopes it was granted; a
   * live publishable key is the API's 403 (secret key required), anything else its 401.
   */
  synchronized Principal authenticate(@Nullable String bearerToken) {
    if (bearerToken == null) {
      throw ApiProblem.missingApiKey();
    }
    for (Map.Entry<String, String> owner : ownerKeys.entrySet()) {
      if (owner.getValue().equals(bearerToken)) {
        return new Principal(owner.getKey(), List.of(Scopes.ALL));
      }
    }
    Instant now = now();
    for (ApiKeyRecord key : apiKeys.values()) {
      if (key.secret().equals(bearerToken) && key.authenticatesAt(now)) {
        if (!key.type().equals("secret")) {
          throw ApiProblem.secretKeyRequired();
        }
        return new Principal(key.organizationId(), key.scopes() != null ? key.scopes() : List.of());
      }
    }
    throw ApiProblem.invalidApiKey();
  }

  /**
   * The organization with {@code id}, or the API's 404 (the server has checked that the key
   * acts in its own organization, so this finds it).
   */
  synchronized OrganizationRecord organization(String id) {
    OrganizationRecord organization = organizations.get(id);
    if (organization == null) {
      throw ApiProblem.notFound("organization", id);
    }
    return organization;
  }
}
