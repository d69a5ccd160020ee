package com.tripwirejs.model.apikey;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A permission granted to a secret key. Each operation that a secret key calls needs one scope.
 *
 * <p>The known values are those of today's contract. Scopes that only older generations of the API
 * have, such as Gate's {@code gate:services:read}, are read as unknown values that keep their
 * string ({@code ApiKeyScope.of("gate:services:read")}) and are written back unchanged.
 */
public final class ApiKeyScope extends OpenEnum<ApiKeyScope.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** All current and future scopes ({@code *}). */
    ALL("*"),
    /** List sessions ({@code sessions:list}). */
    SESSIONS_LIST("sessions:list"),
    /** Retrieve one session ({@code sessions:read}). */
    SESSIONS_READ("sessions:read"),
    /** Attach a client user id to a session or clear it ({@code sessions:update}). */
    SESSIONS_UPDATE("sessions:update"),
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

  /** Attach a client user id to a session or clear it ({@code sessions:update}). */
  public static final ApiKeyScope SESSIONS_UPDATE = VALUES.get(Known.SESSIONS_UPDATE);

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
