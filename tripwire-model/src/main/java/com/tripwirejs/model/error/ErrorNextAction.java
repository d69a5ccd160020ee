package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a caller should do after an error. */
public final class ErrorNextAction extends OpenEnum<ErrorNextAction.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Send the request again ({@code retry}). */
    RETRY,
    /** Start a new session ({@code new_session}). */
    NEW_SESSION,
    /** Reload the client bundle ({@code reload_bundle}). */
    RELOAD_BUNDLE,
    /** Contact Tripwire support, quoting the request id ({@code contact_support}). */
    CONTACT_SUPPORT
  }

  private static final EnumValues<Known, ErrorNextAction> VALUES =
      EnumValues.lowerCase(Known.class, ErrorNextAction::new);

  /** Send the request again ({@code retry}). */
  public static final ErrorNextAction RETRY = VALUES.get(Known.RETRY);

  /** Start a new session ({@code new_session}). */
  public static final ErrorNextAction NEW_SESSION = VALUES.get(Known.NEW_SESSION);

  /** Reload the client bundle ({@code reload_bundle}). */
  public static final ErrorNextAction RELOAD_BUNDLE = VALUES.get(Known.RELOAD_BUNDLE);

  /** Contact Tripwire support, quoting the request id ({@code contact_support}). */
  public static final ErrorNextAction CONTACT_SUPPORT = VALUES.get(Known.CONTACT_SUPPORT);

  private ErrorNextAction(String value, @Nullable Known known) {
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
  public static ErrorNextAction of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<ErrorNextAction> knownValues() {
    return VALUES.values();
  }
}
