package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Api Key Scope. */
public final class ApiKeyScope extends OpenEnum<ApiKeyScope.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code *}. */
    ALL("*"),
    /** {@code sessions:list}. */
    SESSIONS_LIST("sessions:list"),
    /** {@code sessions:read}. */
    SESSIONS_READ("sessions:read"),
    /** {@code fingerprints:list}. */
    FINGERPRINTS_LIST("fingerprints:list"),
    /** {@code fingerprints:read}. */
    FINGERPRINTS_READ("fingerprints:read"),
    /** {@code organizations:create}. */
    ORGANIZATIONS_CREATE("organizations:create"),
    /** {@code organizations:read}. */
    ORGANIZATIONS_READ("organizations:read"),
    /** {@code organizations:update}. */
    ORGANIZATIONS_UPDATE("organizations:update"),
    /** {@code api_keys:read}. */
    API_KEYS_READ("api_keys:read"),
    /** {@code api_keys:manage}. */
    API_KEYS_MANAGE("api_keys:manage"),
    /** {@code gate:agent_tokens:verify}. */
    GATE_AGENT_TOKENS_VERIFY("gate:agent_tokens:verify"),
    /** {@code gate:agent_tokens:revoke}. */
    GATE_AGENT_TOKENS_REVOKE("gate:agent_tokens:revoke"),
    /** {@code gate:login_sessions:consume}. */
    GATE_LOGIN_SESSIONS_CONSUME("gate:login_sessions:consume"),
    /** {@code gate:services:read}. */
    GATE_SERVICES_READ("gate:services:read"),
    /** {@code gate:services:manage}. */
    GATE_SERVICES_MANAGE("gate:services:manage"),
    /** {@code webhooks:read}. */
    WEBHOOKS_READ("webhooks:read"),
    /** {@code webhooks:manage}. */
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

  /** {@code *}. */
  public static final ApiKeyScope ALL = VALUES.get(Known.ALL);

  /** {@code sessions:list}. */
  public static final ApiKeyScope SESSIONS_LIST = VALUES.get(Known.SESSIONS_LIST);

  /** {@code sessions:read}. */
  public static final ApiKeyScope SESSIONS_READ = VALUES.get(Known.SESSIONS_READ);

  /** {@code fingerprints:list}. */
  public static final ApiKeyScope FINGERPRINTS_LIST = VALUES.get(Known.FINGERPRINTS_LIST);

  /** {@code fingerprints:read}. */
  public static final ApiKeyScope FINGERPRINTS_READ = VALUES.get(Known.FINGERPRINTS_READ);

  /** {@code organizations:create}. */
  public static final ApiKeyScope ORGANIZATIONS_CREATE = VALUES.get(Known.ORGANIZATIONS_CREATE);

  /** {@code organizations:read}. */
  public static final ApiKeyScope ORGANIZATIONS_READ = VALUES.get(Known.ORGANIZATIONS_READ);

  /** {@code organizations:update}. */
  public static final ApiKeyScope ORGANIZATIONS_UPDATE = VALUES.get(Known.ORGANIZATIONS_UPDATE);

  /** {@code api_keys:read}. */
  public static final ApiKeyScope API_KEYS_READ = VALUES.get(Known.API_KEYS_READ);

  /** {@code api_keys:manage}. */
  public static final ApiKeyScope API_KEYS_MANAGE = VALUES.get(Known.API_KEYS_MANAGE);

  /** {@code gate:agent_tokens:verify}. */
  public static final ApiKeyScope GATE_AGENT_TOKENS_VERIFY = VALUES.get(Known.GATE_AGENT_TOKENS_VERIFY);

  /** {@code gate:agent_tokens:revoke}. */
  public static final ApiKeyScope GATE_AGENT_TOKENS_REVOKE = VALUES.get(Known.GATE_AGENT_TOKENS_REVOKE);

  /** {@code gate:login_sessions:consume}. */
  public static final ApiKeyScope GATE_LOGIN_SESSIONS_CONSUME = VALUES.get(Known.GATE_LOGIN_SESSIONS_CONSUME);

  /** {@code gate:services:read}. */
  public static final ApiKeyScope GATE_SERVICES_READ = VALUES.get(Known.GATE_SERVICES_READ);

  /** {@code gate:services:manage}. */
  public static final ApiKeyScope GATE_SERVICES_MANAGE = VALUES.get(Known.GATE_SERVICES_MANAGE);

  /** {@code webhooks:read}. */
  public static final ApiKeyScope WEBHOOKS_READ = VALUES.get(Known.WEBHOOKS_READ);

  /** {@code webhooks:manage}. */
  public static final ApiKeyScope WEBHOOKS_MANAGE = VALUES.get(Known.WEBHOOKS_MANAGE);

  private ApiKeyScope(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
