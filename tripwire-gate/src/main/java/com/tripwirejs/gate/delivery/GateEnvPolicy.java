package com.tripwirejs.gate.delivery;

import com.tripwirejs.gate.delivery.GateDeliveryException.Reason;
import com.tripwirejs.model.ServiceGeneration;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which environment variables Gate outputs may set: the agent-token variable of a service, the
 * variables Gate manages itself, and the variables no delivered output may set because they change
 * how programs run ({@code PATH}, {@code LD_PRELOAD}, {@code NODE_OPTIONS}, ...).
 */
public final class GateEnvPolicy {

  /** The suffix of a service's agent-token variable. */
  public static final String AGENT_TOKEN_SUFFIX = "_GATE_AGENT_TOKEN";

  /**
   * The agent-token variables that the service itself manages, one per generation of the API that
   * has Gate: {@code FOIL_AGENT_TOKEN} and {@code TRIPWIRE_AGENT_TOKEN}.
   */
  public static final List<String> FIRST_PARTY_AGENT_TOKENS =
      ServiceGeneration.ACCEPTED.stream().map(ServiceGeneration::gateAgentTokenVariable).toList();

  /** Names that no output may set, compared after trimming and upper-casing. */
  public static final Set<String> BLOCKED_KEYS =
      Set.of(
          "BASH_ENV",
          "BROWSER",
          "CDPATH",
          "DYLD_INSERT_LIBRARIES",
          "DYLD_LIBRARY_PATH",
          "EDITOR",
          "ENV",
          "GIT_ASKPASS",
          "GIT_SSH_COMMAND",
          "HOME",
          "LD_LIBRARY_PATH",
          "LD_PRELOAD",
          "NODE_OPTIONS",
          "NODE_PATH",
          "PATH",
          "PERL5OPT",
          "PERLLIB",
          "PROMPT_COMMAND",
          "PYTHONHOME",
          "PYTHONPATH",
          "PYTHONSTARTUP",
          "RUBYLIB",
          "RUBYOPT",
          "SHELLOPTS",
          "SSH_ASKPASS",
          "VISUAL",
          "XDG_CONFIG_HOME");

  /** Prefixes that no output name may start with, compared after trimming and upper-casing. */
  public static final List<String> BLOCKED_PREFIXES =
      List.of("NPM_CONFIG_", "BUN_CONFIG_", "GIT_CONFIG_");

  private GateEnvPolicy() {}

  /**
   * The environment variable that holds a service's Gate agent token: the service id trimmed,
   * every run of characters other than ASCII letters and digits replaced by one {@code _}, leading
   * and trailing {@code _} removed, upper-cased, then {@value #AGENT_TOKEN_SUFFIX} appended ({@code
   * billing-eu} gives {@code BILLING_EU_GATE_AGENT_TOKEN}).
   *
   * @param serviceId the Gate service id
   * @return the variable name
   * @throws GateDeliveryException with reason {@code INVALID_SERVICE_ID} when no letter or digit
   *     remains
   */
  public static String agentTokenEnvKey(String serviceId) {
    StringBuilder key = new StringBuilder(serviceId.length() + AGENT_TOKEN_SUFFIX.length());
    boolean pendingSeparator = false;
    for (int i = 0; i < serviceId.length(); i++) {
      char c = serviceId.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (pendingSeparator && key.length() > 0) {
          key.append('_');
        }
        pendingSeparator = false;
        key.append(Character.toUpperCase(c));
      } else {
        pendingSeparator = true;
      }
    }
    if (key.length() == 0) {
      throw new GateDeliveryException(
          Reason.INVALID_SERVICE_ID,
          "service_id is required to derive a Gate agent token env key: it must contain a letter"
              + " or digit");
    }
    return key.append(AGENT_TOKEN_SUFFIX).toString();
  }

  /**
   * Whether Gate manages a variable itself: exactly one of {@link #FIRST_PARTY_AGENT_TOKENS} ({@code
   * FOIL_AGENT_TOKEN}, {@code TRIPWIRE_AGENT_TOKEN}), or any name ending in {@value
   * #AGENT_TOKEN_SUFFIX}. Case-sensitive, as environment variables are.
   *
   * @param key the variable name
   * @return true for a Gate-managed variable
   */
  public static boolean isManagedEnvVarKey(String key) {
    return FIRST_PARTY_AGENT_TOKENS.contains(key) || key.endsWith(AGENT_TOKEN_SUFFIX);
  }

  /**
   * Whether no delivered output may set a variable: after trimming white space and upper-casing,
   * the name is one of {@link #BLOCKED_KEYS} or starts with one of {@link #BLOCKED_PREFIXES}
   * ({@code npm_config_cache} is blocked).
   *
   * <p>Trimming removes the same characters as JavaScript's {@code String.prototype.trim} (the
   * Unicode space separators, the no-break space and the byte order mark included), so that no
   * name passes here that another official SDK blocks.
   *
   * @param key the variable name
   * @return true for a blocked variable
   */
  public static boolean isBlockedEnvVarKey(String key) {
    String normalized = trim(key).toUpperCase(Locale.ROOT);
    if (BLOCKED_KEYS.contains(normalized)) {
      return true;
    }
    for (String prefix : BLOCKED_PREFIXES) {
      if (normalized.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private static String trim(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isTrimmed(text.charAt(start))) {
      start++;
    }
    while (end > start && isTrimmed(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  /** ECMAScript WhiteSpace and LineTerminator. */
  private static boolean isTrimmed(char c) {
    switch (c) {
      case '\t':
      case '\n':
      case '\u000B':
      case '\f':
      case '\r':
      case '\uFEFF':
      case '\u2028':
      case '\u2029':
        return true;
      default:
        return Character.getType(c) == Character.SPACE_SEPARATOR;
    }
  }
}
