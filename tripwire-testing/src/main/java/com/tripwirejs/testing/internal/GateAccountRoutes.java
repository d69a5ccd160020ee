package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.gate.model.ConsumeGateLoginSessionRequest;
import com.tripwirejs.gate.model.CreateGateLoginSessionRequest;
import com.tripwirejs.gate.model.RevokeAgentTokenRequest;
import com.tripwirejs.gate.model.VerifyAgentTokenRequest;
import com.tripwirejs.testing.internal.Route.Auth;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * What a gate account does after signup: its agent opens dashboard login sessions with its agent
 * token, and the service consumes the one-time login code and verifies or revokes agent tokens
 * with its secret key. A service sees only the codes and tokens of its own organization's
 * services; the seeded {@code tripwire} service belongs to none of the fake's organizations.
 */
final class GateAccountRoutes {
  private final FakeState state;

  private final RequestSchemas schemas;

  GateAccountRoutes(FakeState state, RequestSchemas schemas) {
    this.state = state;
    this.schemas = schemas;
  }

  void register(List<Route> routes) {
    routes.add(Route.of("POST", "/v1/gate/login-sessions", Auth.AGENT_TOKEN, schemas.createGateLoginSession, this::createLoginSession));
    routes.add(Route.of("POST", "/v1/gate/login-sessions/consume", Auth.SECRET_KEY, schemas.consumeGateLoginSession, this::consumeLoginCode));
    routes.add(Route.of("POST", "/v1/gate/agent-tokens/verify", Auth.SECRET_KEY, schemas.agentToken, this::verifyAgentToken));
    routes.add(Route.of("POST", "/v1/gate/agent-tokens/revoke", Auth.SECRET_KEY, schemas.agentToken, this::revokeAgentToken));
  }

  private Reply createLoginSession(Call call) {
    synchronized (state) {
      liveAgentToken(call.bearerToken());
    }
    CreateGateLoginSessionRequest request = call.body(CreateGateLoginSessionRequest.class);
    synchronized (state) {
      AgentTokenRecord token = liveAgentToken(call.bearerToken());
      GateServiceRecord service = state.gate().activeService(request.serviceId());
      if (!token.serviceId().equals(service.id())) {
        throw ApiProblem.invalidToken(
            "The agent token was not issued for Gate service \"" + service.id()
                + "\". Send the agent token that signing up for that service delivered.");
      }
      Instant now = state.now();
      GateLoginSessionRecord login =
          new GateLoginSessionRecord(
              state.ids().base32("gate_"),
              token.gateAccountId(),
              service.id(),
              newCode(),
              now,
              now.plus(GateData.LOGIN_SESSION_TTL),
              false);
      state.gate().loginSessions.put(login.id(), login);
      return Reply.created(login.json());
    }
  }

  /** Redeems a login code once: a used, expired or unknown code is gone. */
  private Reply consumeLoginCode(Call call) {
    ConsumeGateLoginSessionRequest request = call.body(ConsumeGateLoginSessionRequest.class);
    String code = request.code().reveal();
    synchronized (state) {
      String organizationId = call.principal().organizationId();
      GateLoginSessionRecord open = null;
      boolean used = false;
      for (GateLoginSessionRecord login : state.gate().loginSessions.values()) {
        GateServiceRecord service = state.gate().services.get(login.serviceId());
        if (service == null || !service.ownedBy(organizationId)
            || !GateSessionRoutes.sameToken(login.code(), code)) {
          continue;
        }
        if (login.consumed()) {
          used = true;
        } else {
          open = login;
        }
      }
      if (open == null) {
        throw used
            ? ApiProblem.gone(
                "gate.login_code_consumed",
                "This login code was already used. Open a new dashboard login session for a new code.")
            : ApiProblem.gone(
                "gate.login_code_invalid",
                "This login code is not one of a login session of this organization's Gate services."
                    + " Check the code, or open a new dashboard login session.");
      }
      if (!state.now().isBefore(open.expiresAt())) {
        throw ApiProblem.gone(
            "gate.login_code_expired",
            "This login code expired at " + open.expiresAt() + ". Open a new dashboard login session.");
      }
      state.gate().loginSessions.put(open.id(), open.consume());
      GateAccountRecord account = state.gate().accounts.get(open.gateAccountId());
      ObjectNode data = JsonNodeFactory.instance.objectNode();
      data.put("object", "gate_dashboard_login");
      data.put("gate_account_id", open.gateAccountId());
      data.put("account_name", account != null ? account.accountName() : "");
      return Reply.ok(data);
    }
  }

  /** A token of the organization's services verifies with its state; any other is not valid. */
  private Reply verifyAgentToken(Call call) {
    VerifyAgentTokenRequest request = call.body(VerifyAgentTokenRequest.class);
    synchronized (state) {
      AgentTokenRecord token =
          state.gate().ownedAgentToken(call.principal().organizationId(), request.agentToken().reveal());
      if (token == null) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        data.put("valid", false);
        return Reply.ok(data);
      }
      return Reply.ok(token.verificationJson(state.now()));
    }
  }

  /** Revokes a token of the organization's services; revoking it again changes nothing. */
  private Reply revokeAgentToken(Call call) {
    RevokeAgentTokenRequest request = call.body(RevokeAgentTokenRequest.class);
    synchronized (state) {
      AgentTokenRecord token =
          state.gate().ownedAgentToken(call.principal().organizationId(), request.agentToken().reveal());
      if (token == null) {
        throw ApiProblem.agentTokenNotFound();
      }
      state.gate().agentTokens.put(token.token(), token.revoked());
      return Reply.noContent();
    }
  }

  /** The live agent token that authenticates the call, or the API's 403. */
  private AgentTokenRecord liveAgentToken(String bearerToken) {
    AgentTokenRecord token = state.gate().agentTokens.get(bearerToken);
    if (token == null || !token.liveAt(state.now())) {
      throw ApiProblem.invalidToken(
          "The agent token was not recognized, or is revoked or expired. Send the live agt_ token"
              + " that the Gate signup delivered.");
    }
    return token;
  }

  /** A six-digit code that no open login session has. */
  private String newCode() {
    while (true) {
      String code = String.format(Locale.ROOT, "%06d", state.ids().nextInt(1_000_000));
      boolean taken = false;
      for (GateLoginSessionRecord login : state.gate().loginSessions.values()) {
        taken |= !login.consumed() && login.code().equals(code);
      }
      if (!taken) {
        return code;
      }
    }
  }
}
