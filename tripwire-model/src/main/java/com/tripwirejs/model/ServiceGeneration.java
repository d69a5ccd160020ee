package com.tripwirejs.model;

import java.util.List;

/**
 * The names under which the service has spoken: Tripwire until May 2026, Foil since.
 *
 * <p>The service renamed itself and, with it, its host, its environment variable, its header names
 * and the labels of its Gate delivery scheme; operations, schemas and crypto stayed the same. This
 * table holds every name that differs, so that each module reads them from one place: what the SDK
 * sends uses {@link #CURRENT}, and what it receives is accepted under every generation of {@link
 * #ACCEPTED}, in that order (senders and tokens of both are in flight during a migration).
 */
public enum ServiceGeneration {

  /** The service as Foil, since May 2026. */
  FOIL(
      "Foil",
      "https://api.usefoil.com",
      "FOIL_SECRET_KEY",
      "X-Foil-Client",
      "X-Foil-Timestamp",
      "X-Foil-Signature",
      "https://usefoil.com/docs",
      "foil-gate-delivery:v1",
      "foil",
      "FOIL_AGENT_TOKEN"),

  /** The service as Tripwire, before May 2026. */
  TRIPWIRE(
      "Tripwire",
      "https://api.tripwirejs.com",
      "TRIPWIRE_SECRET_KEY",
      "X-Tripwire-Client",
      "X-Tripwire-Timestamp",
      "X-Tripwire-Signature",
      "https://tripwirejs.com/docs",
      "tripwire-gate-delivery:v1",
      "tripwire",
      "TRIPWIRE_AGENT_TOKEN");

  /** The generation whose names the SDK sends and produces. */
  public static final ServiceGeneration CURRENT = FOIL;

  /** Every generation the SDK accepts, in the order it tries them: the current one first. */
  public static final List<ServiceGeneration> ACCEPTED = List.of(FOIL, TRIPWIRE);

  private final String serviceName;
  private final String baseUrl;
  private final String secretKeyVariable;
  private final String clientHeader;
  private final String webhookTimestampHeader;
  private final String webhookSignatureHeader;
  private final String docsUrl;
  private final String gateDeliveryInfo;
  private final String gateVerdictProperty;
  private final String gateAgentTokenVariable;

  ServiceGeneration(
      String serviceName,
      String baseUrl,
      String secretKeyVariable,
      String clientHeader,
      String webhookTimestampHeader,
      String webhookSignatureHeader,
      String docsUrl,
      String gateDeliveryInfo,
      String gateVerdictProperty,
      String gateAgentTokenVariable) {
    this.serviceName = serviceName;
    this.baseUrl = baseUrl;
    this.secretKeyVariable = secretKeyVariable;
    this.clientHeader = clientHeader;
    this.webhookTimestampHeader = webhookTimestampHeader;
    this.webhookSignatureHeader = webhookSignatureHeader;
    this.docsUrl = docsUrl;
    this.gateDeliveryInfo = gateDeliveryInfo;
    this.gateVerdictProperty = gateVerdictProperty;
    this.gateAgentTokenVariable = gateAgentTokenVariable;
  }

  /** {@return the service's name in this generation, such as {@code Foil}} */
  public String serviceName() {
    return serviceName;
  }

  /** {@return the API's base URL, such as {@code https://api.usefoil.com}} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the environment variable that holds the secret key, such as {@code FOIL_SECRET_KEY}} */
  public String secretKeyVariable() {
    return secretKeyVariable;
  }

  /** {@return the request header that names the calling SDK, such as {@code X-Foil-Client}} */
  public String clientHeader() {
    return clientHeader;
  }

  /** {@return the webhook header with the delivery's unix timestamp, such as {@code X-Foil-Timestamp}} */
  public String webhookTimestampHeader() {
    return webhookTimestampHeader;
  }

  /** {@return the webhook header with the delivery's HMAC signature, such as {@code X-Foil-Signature}} */
  public String webhookSignatureHeader() {
    return webhookSignatureHeader;
  }

  /** {@return the root of the service's documentation, such as {@code https://usefoil.com/docs}} */
  public String docsUrl() {
    return docsUrl;
  }

  /**
   * {@return the HKDF info of a Gate delivery, such as {@code foil-gate-delivery:v1}}
   *
   * <p>Gate belongs to the generations of the API that have it; {@code tripwire-gate} reads this.
   */
  public String gateDeliveryInfo() {
    return gateDeliveryInfo;
  }

  /**
   * {@return the property of a Gate approved-webhook payload that holds the verdict, and the id of
   * the first-party Gate service: {@code foil} or {@code tripwire}}
   */
  public String gateVerdictProperty() {
    return gateVerdictProperty;
  }

  /** {@return the environment key Gate manages for the first-party agent token, such as {@code FOIL_AGENT_TOKEN}} */
  public String gateAgentTokenVariable() {
    return gateAgentTokenVariable;
  }
}
