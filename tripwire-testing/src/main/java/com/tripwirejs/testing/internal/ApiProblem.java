package com.tripwirejs.testing.internal;

import java.util.List;

/** A request the fake refuses, answered with the API's error envelope. */
final class ApiProblem extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One field issue of a validation failure, as the API's {@code details.fields} lists it. */
  record FieldIssue(String name, String issue, String expected, String received) {}

  final int status;
  final String code;
  final transient List<FieldIssue> fields;

  private ApiProblem(int status, String code, String message, List<FieldIssue> fields) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }

  static ApiProblem missingApiKey() {
    return new ApiProblem(
        401,
        "auth.missing_api_key",
        "Missing Authorization header. Send Authorization: Bearer <token> to authenticate this"
            + " request.",
        List.of());
  }

  static ApiProblem invalidApiKey() {
    return new ApiProblem(
        401,
        "auth.invalid_api_key",
        "The bearer token was not recognized. Verify that the token is active and matches the"
            + " correct environment before retrying.",
        List.of());
  }

  static ApiProblem secretKeyRequired() {
    return new ApiProblem(
        403,
        "auth.secret_key_required",
        "This operation needs a secret key; a publishable key only works from the browser. Send"
            + " Authorization: Bearer <secret key> instead.",
        List.of());
  }

  static ApiProblem notFound(String what, String id) {
    return new ApiProblem(
        404,
        "request.not_found",
        "No " + what + " with id \"" + id + "\" was found. Verify the identifier and retry.",
        List.of());
  }

  static ApiProblem routeNotFound(String method, String path) {
    return new ApiProblem(
        404, "request.not_found", "No route matches " + method + " " + path + ".", List.of());
  }

  static ApiProblem invalid(String message, FieldIssue... fields) {
    return new ApiProblem(422, "request.validation_failed", message, List.of(fields));
  }

  /** An organization other than the secret key's own: the same answer whether it exists or not. */
  static ApiProblem organizationAccessDenied(String organizationId) {
    return new ApiProblem(
        403,
        "auth.organization_access_denied",
        "This API key belongs to another organization and cannot act in organization \"" + organizationId
            + "\". Use a secret key of that organization.",
        List.of());
  }

  static ApiProblem methodNotAllowed(String method, String path) {
    return new ApiProblem(
        405, "request.method_not_allowed", method + " is not supported on " + path + ".", List.of());
  }

  static ApiProblem tooLarge(int maxBytes) {
    return new ApiProblem(
        413, "request.too_large", "The request body exceeds " + maxBytes + " bytes.", List.of());
  }

  static ApiProblem internal(RuntimeException cause) {
    return new ApiProblem(
        500,
        "server.internal_error",
        "The fake Tripwire API failed to answer: " + cause.getClass().getSimpleName() + ": "
            + cause.getMessage(),
        List.of());
  }

  static ApiProblem conflict(String message) {
    return new ApiProblem(409, "request.conflict", message, List.of());
  }

  static ApiProblem insufficientScope(String scope, String method, String path) {
    return new ApiProblem(
        403,
        "auth.insufficient_scope",
        "This API key lacks the " + scope + " scope that " + method + " " + path + " requires."
            + " Grant the key that scope (or \"*\") and retry.",
        List.of());
  }

  /** A poll or agent token that is not the one this operation takes; the token is not echoed. */
  static ApiProblem invalidToken(String message) {
    return new ApiProblem(403, "auth.invalid_token", message, List.of());
  }

  static ApiProblem invalidAckToken(String gateSessionId) {
    return new ApiProblem(
        403,
        "gate.invalid_ack_token",
        "The ack_token does not match the delivery of Gate session " + gateSessionId
            + ". Send the ack_token of the decrypted integrator delivery.",
        List.of());
  }

  static ApiProblem gone(String code, String message) {
    return new ApiProblem(410, code, message, List.of());
  }

  /** A Gate service id that no service has, or one that is disabled. */
  static ApiProblem serviceNotFound(String serviceId, boolean disabled) {
    return new ApiProblem(
        404,
        "request.not_found",
        disabled
            ? "Gate service \"" + serviceId + "\" is disabled and accepts no sessions."
            : "No Gate service with id \"" + serviceId + "\" was found. Verify the identifier and retry.",
        List.of());
  }

  /** No agent token of the organization's services matches; the token is not echoed. */
  static ApiProblem agentTokenNotFound() {
    return new ApiProblem(
        404,
        "request.not_found",
        "No agent token of this organization's Gate services matches. Verify the token and retry.",
        List.of());
  }
}
