package com.tripwirejs.testing.gate;

import static com.tripwirejs.testing.gate.GateTestKit.agentClient;
import static com.tripwirejs.testing.gate.GateTestKit.client;
import static com.tripwirejs.testing.gate.GateTestKit.createService;
import static com.tripwirejs.testing.gate.GateTestKit.createSession;
import static com.tripwirejs.testing.gate.GateTestKit.send;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.gate.delivery.GateDeliveryKeyPair;
import com.tripwirejs.gate.model.AgentTokenStatus;
import com.tripwirejs.gate.model.AgentTokenVerification;
import com.tripwirejs.gate.model.ConsumeGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateLoginSessionRequest;
import com.tripwirejs.gate.model.GateDashboardLogin;
import com.tripwirejs.gate.model.GateLoginSession;
import com.tripwirejs.gate.model.GateSessionStatus;
import com.tripwirejs.gate.model.RevokeAgentTokenRequest;
import com.tripwirejs.gate.model.VerifyAgentTokenRequest;
import com.tripwirejs.http.error.GoneException;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.PermissionDeniedException;
import com.tripwirejs.model.Secret;
import com.tripwirejs.testing.ApprovedGateSession;
import com.tripwirejs.testing.FakeTripwire;
import com.tripwirejs.testing.gate.GateTestKit.RawAnswer;
import com.tripwirejs.testing.gate.GateTestKit.SteppingClock;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** After signup: dashboard login sessions with their one-time codes, and agent tokens. */
class GateAccountsTest {
  private static final Instant START = Instant.parse("2026-04-04T20:00:00Z");

  private SteppingClock clock;
  private FakeTripwire fake;
  private TripwireClient service;
  private TripwireClient agent;
  private ApprovedGateSession account;

  @BeforeEach
  void start() {
    clock = new SteppingClock(START);
    fake = FakeTripwire.builder().gate().clock(clock).sessions(3).start();
    service = client(fake, fake.secretKey());
    agent = agentClient(fake);
    createService(service, fake, "acme_prod");
    account = fake.gate().approveSession(createSession(agent, "acme_prod", GateDeliveryKeyPair.generate()).id());
  }

  @AfterEach
  void stop() {
    agent.close();
    service.close();
    fake.close();
  }

  private GateLoginSession openLogin(Secret agentToken) {
    return TripwireGate.of(agent).loginSessions().create(agentToken, CreateGateLoginSessionRequest.builder().serviceId("acme_prod").build());
  }

  private GateDashboardLogin consume(String code) {
    return TripwireGate.of(service).loginSessions().consume(ConsumeGateLoginSessionRequest.builder().code(Secret.of(code)).build());
  }

  @Test
  void theAgentTokenIsDeliveredUnderTheServicesDerivedVariable() {
    assertThat(account.agentTokenEnvKey()).isEqualTo("ACME_PROD_GATE_AGENT_TOKEN");
    assertThat(account.outputs()).containsOnlyKeys("ACME_PUBLISHABLE_KEY", "ACME_SECRET_KEY", "ACME_PROD_GATE_AGENT_TOKEN");
    assertThat(account.outputs().get("ACME_PROD_GATE_AGENT_TOKEN")).isEqualTo(account.agentToken());
  }

  @Test
  void aLoginCodeIsConsumedOnce() {
    GateLoginSession login = openLogin(account.agentToken());
    assertThat(login.id()).startsWith("gate_");
    assertThat(login.status()).isEqualTo(GateSessionStatus.PENDING);
    assertThat(login.consentUrl()).endsWith("?session=" + login.id());
    assertThat(login.expiresAt()).isEqualTo(START.plus(Duration.ofMinutes(10)));
    String code = fake.gate().loginCode(login.id());
    assertThat(code).matches("[0-9]{6}");

    GateDashboardLogin dashboard = consume(code);
    assertThat(dashboard.gateAccountId()).isEqualTo(account.gateAccountId());
    assertThat(dashboard.accountName()).isEqualTo("my-project");

    assertThatThrownBy(() -> consume(code))
        .isInstanceOfSatisfying(GoneException.class, e -> {
          assertThat(e.code()).isEqualTo("gate.login_code_consumed");
          assertThat(e.getMessage()).doesNotContain(code);
        });
    String unknown = code.equals("000000") ? "000001" : "000000";
    assertThatThrownBy(() -> consume(unknown))
        .isInstanceOfSatisfying(GoneException.class, e -> assertThat(e.code()).isEqualTo("gate.login_code_invalid"));
    assertThatThrownBy(() -> fake.gate().loginCode("gate_unknown")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aLoginCodeExpires() {
    String code = fake.gate().loginCode(openLogin(account.agentToken()).id());
    clock.advance(Duration.ofMinutes(10));

    assertThatThrownBy(() -> consume(code))
        .isInstanceOfSatisfying(GoneException.class, e -> assertThat(e.code()).isEqualTo("gate.login_code_expired"));
  }

  @Test
  void aLoginSessionNeedsTheAgentTokenOfItsService() throws IOException, InterruptedException {
    ApprovedGateSession foilAccount =
        fake.gate().approveSession(createSession(agent, "foil", GateDeliveryKeyPair.generate()).id());

    assertThatThrownBy(() -> openLogin(foilAccount.agentToken()))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> {
          assertThat(e.code()).isEqualTo("auth.invalid_token");
          assertThat(e.getMessage()).contains("acme_prod").doesNotContain(foilAccount.agentToken().reveal());
        });
    assertThatThrownBy(() -> openLogin(Secret.of("agt_never_issued")))
        .isInstanceOfSatisfying(PermissionDeniedException.class, e -> assertThat(e.code()).isEqualTo("auth.invalid_token"));
    assertThatThrownBy(() -> openLogin(Secret.of(fake.secretKey()))).isInstanceOf(PermissionDeniedException.class);
    assertThatThrownBy(() -> TripwireGate.of(agent).loginSessions().create(account.agentToken(),
            CreateGateLoginSessionRequest.builder().serviceId("no_such_service").build()))
        .isInstanceOf(NotFoundException.class);

    RawAnswer missing = send(fake, "POST", "/v1/gate/login-sessions", null, "{\"service_id\":\"acme_prod\"}");
    assertThat(missing.status()).isEqualTo(401);
    assertThat(missing.errorCode()).isEqualTo("auth.missing_api_key");
  }

  @Test
  void anAgentTokenVerifiesUntilItIsRevoked() {
    VerifyAgentTokenRequest verify = VerifyAgentTokenRequest.builder().agentToken(account.agentToken()).build();
    AgentTokenVerification live = TripwireGate.of(service).agentTokens().verify(verify);
    assertThat(live.valid()).isTrue();
    assertThat(live.gateAccountId()).isEqualTo(account.gateAccountId());
    assertThat(live.status()).isEqualTo(AgentTokenStatus.ACTIVE);
    assertThat(live.expiresAt()).isEqualTo(START.plus(Duration.ofDays(90)));

    TripwireGate.of(service).agentTokens().revoke(RevokeAgentTokenRequest.builder().agentToken(account.agentToken()).build());

    AgentTokenVerification revoked = TripwireGate.of(service).agentTokens().verify(verify);
    assertThat(revoked.valid()).isFalse();
    assertThat(revoked.status()).isEqualTo(AgentTokenStatus.REVOKED);
    assertThatThrownBy(() -> openLogin(account.agentToken())).isInstanceOf(PermissionDeniedException.class);
    TripwireGate.of(service).agentTokens().revoke(RevokeAgentTokenRequest.builder().agentToken(account.agentToken()).build());
  }

  @Test
  void unknownAndOtherServicesTokensAreNotValid() {
    ApprovedGateSession foilAccount =
        fake.gate().approveSession(createSession(agent, "foil", GateDeliveryKeyPair.generate()).id());

    for (Secret token : new Secret[] {Secret.of("agt_never_issued"), foilAccount.agentToken()}) {
      AgentTokenVerification verification =
          TripwireGate.of(service).agentTokens().verify(VerifyAgentTokenRequest.builder().agentToken(token).build());
      assertThat(verification.valid()).isFalse();
      assertThat(verification.gateAccountId()).isNull();
      assertThatThrownBy(() -> TripwireGate.of(service).agentTokens().revoke(RevokeAgentTokenRequest.builder().agentToken(token).build()))
          .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.getMessage()).doesNotContain(token.reveal()));
    }
  }

  @Test
  void anAgentTokenExpiresAfterNinetyDays() {
    clock.advance(Duration.ofDays(90));

    AgentTokenVerification expired =
        TripwireGate.of(service).agentTokens().verify(VerifyAgentTokenRequest.builder().agentToken(account.agentToken()).build());
    assertThat(expired.valid()).isFalse();
    assertThat(expired.status()).isEqualTo(AgentTokenStatus.ACTIVE);
    assertThatThrownBy(() -> openLogin(account.agentToken())).isInstanceOf(PermissionDeniedException.class);
  }
}
