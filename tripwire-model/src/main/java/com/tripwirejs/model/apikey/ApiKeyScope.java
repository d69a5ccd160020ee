package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A permission granted to a secret key. Each operation that a secret key calls needs one scope. */
public final class ApiKeyScope extends OpenEnum<ApiKeyScope.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** All current and future scopes ({@code *}). */
    ALL("*"),
    /** List sessions ({@code sessions:list}). */
    SESSIONS_LIST("sessions:list"),
    /** Retrieve one session ({@code sessions:read}). */
    SESSIONS_READ("sessions:read"),
    /** List visitor fingerprints ({@code fingerprints:list}). */
    FINGERPRINTS_LIST("fingerprints:list"),
    /** Retrieve one visitor fingerprint ({@code fingerprints:read}). */
    FINGERPRINTS_READ("fingerprints:read"),
    /** Create organizations ({@code organizations:create}). */
    ORGANIZATIONS_CREATE("organizations:create"),
    /** Retrieve an organization ({@code organizations:read}). */
    ORGANIZATIONS_READ("organizations:read"),
    /** Update an organization ({@code organizations:update}). */
    ORGANIZATIONS_UPDATE("organizations:update"),
    /** List an organization's API keys ({@code api_keys:read}). */
    API_KEYS_READ("api_keys:read"),
    /** Create, update, rotate and revoke API keys ({@code api_keys:manage}). */
    API_KEYS_MANAGE("api_keys:manage"),
    /** Verify Gate agent tokens ({@code gate:agent_tokens:verify}). */
    GATE_AGENT_TOKENS_VERIFY("gate:agent_tokens:verify"),
    /** Revoke Gate agent tokens ({@code gate:agent_tokens:revoke}). */
    GATE_AGENT_TOKENS_REVOKE("gate:agent_tokens:revoke"),
    /** Consume Gate dashboard login codes ({@code gate:login_sessions:consume}). */
    GATE_LOGIN_SESSIONS_CONSUME("gate:login_sessions:consume"),
    /** List and retrieve the organization's Gate services ({@code gate:services:read}). */
    GATE_SERVICES_READ("gate:services:read"),
    /**
     * Create, update and disable the organization's Gate services ({@code gate:services:manage}).
     */
    GATE_SERVICES_MANAGE("gate:services:manage"),
    /** List webhook endpoints, and list and retrieve events ({@code webhooks:read}). */
    WEBHOOKS_READ("webhooks:read"),
    /**
     * Create, update and disable webhook endpoints, rotate their signing secrets and send test
     * webhooks ({@code webhooks:manage}).
     */
    WEBHOOKS_MANAGE("webhooks:manage");

    private final String wireValue;

    Known(String wireValue) {
      this.wireValue = wireValue;
    }

    String wireValue() {
      return wireValue;
    }
  }

  private static final EnumValues<Known, ApiKeyScope> VALUES =
      EnumValues.mapped(Known.class, Known::wireValue, ApiKeyScope::new);

  /** All current and future scopes ({@code *}). */
  public static final ApiKeyScope ALL = VALUES.get(Known.ALL);

  /** List sessions ({@code sessions:list}). */
  public static final ApiKeyScope SESSIONS_LIST = VALUES.get(Known.SESSIONS_LIST);

  /** Retrieve one session ({@code sessions:read}). */
  public static final ApiKeyScope SESSIONS_READ = VALUES.get(Known.SESSIONS_READ);

  /** List visitor fingerprints ({@code fingerprints:list}). */
  public static final ApiKeyScope FINGERPRINTS_LIST = VALUES.get(Known.FINGERPRINTS_LIST);

  /** Retrieve one visitor fingerprint ({@code fingerprints:read}). */
  public static final ApiKeyScope FINGERPRINTS_READ = VALUES.get(Known.FINGERPRINTS_READ);

  /** Create organizations ({@code organizations:create}). */
  public static final ApiKeyScope ORGANIZATIONS_CREATE = VALUES.get(Known.ORGANIZATIONS_CREATE);

  /** Retrieve an organization ({@code organizations:read}). */
  public static final ApiKeyScope ORGANIZATIONS_READ = VALUES.get(Known.ORGANIZATIONS_READ);

  /** Update an organization ({@code organizations:update}). */
  public static final ApiKeyScope ORGANIZATIONS_UPDATE = VALUES.get(Known.ORGANIZATIONS_UPDATE);

  /** List an organization's API keys ({@code api_keys:read}). */
  public static final ApiKeyScope API_KEYS_READ = VALUES.get(Known.API_KEYS_READ);

  /** Create, update, rotate and revoke API keys ({@code api_keys:manage}). */
  public static final ApiKeyScope API_KEYS_MANAGE = VALUES.get(Known.API_KEYS_MANAGE);

  /** Verify Gate agent tokens ({@code gate:agent_tokens:verify}). */
  public static final ApiKeyScope GATE_AGENT_TOKENS_VERIFY =
      VALUES.get(Known.GATE_AGENT_TOKENS_VERIFY);

  /** Revoke Gate agent tokens ({@code gate:agent_tokens:revoke}). */
  public static final ApiKeyScope GATE_AGENT_TOKENS_REVOKE =
      VALUES.get(Known.GATE_AGENT_TOKENS_REVOKE);

  /** Consume Gate dashboard login codes ({@code gate:login_sessions:consume}). */
  public static final ApiKeyScope GATE_LOGIN_SESSIONS_CONSUME =
      VALUES.get(Known.GATE_LOGIN_SESSIONS_CONSUME);

  /** List and retrieve the organization's Gate services ({@code gate:services:read}). */
  public static final ApiKeyScope GATE_SERVICES_READ = VALUES.get(Known.GATE_SERVICES_READ);

  /** Create, update and disable the organization's Gate services ({@code gate:services:manage}). */
  public static final ApiKeyScope GATE_SERVICES_MANAGE = VALUES.get(Known.GATE_SERVICES_MANAGE);

  /** List webhook endpoints, and list and retrieve events ({@code webhooks:read}). */
  public static final ApiKeyScope WEBHOOKS_READ = VALUES.get(Known.WEBHOOKS_READ);

  /**
   * Create, update and disable webhook endpoints, rotate their signing secrets and send test
   * webhooks ({@code webhooks:manage}).
   */
  public static final ApiKeyScope WEBHOOKS_MANAGE = VALUES.get(Known.WEBHOOKS_MANAGE);

  private ApiKeyScope(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * Returns the value the API writes as {@code value}: one of the constants above, or an unknown
   * value that keeps the string.
   *
   * @param value the value as the API writes it
   * @return the constant or unknown value
   */
  @JsonCreator
  public static ApiKeyScope of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<ApiKeyScope> knownValues() {
    return VALUES.values();
  }
}
