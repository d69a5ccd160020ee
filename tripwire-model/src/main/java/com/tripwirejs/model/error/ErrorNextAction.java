package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Error Next Action. */
public final class ErrorNextAction extends OpenEnum<ErrorNextAction.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code retry}. */
    RETRY,
    /** {@code new_session}. */
    NEW_SESSION,
    /** {@code reload_bundle}. */
    RELOAD_BUNDLE,
    /** {@code contact_support}. */
    CONTACT_SUPPORT
  }

  private static final EnumValues<Known, ErrorNextAction> VALUES =
      EnumValues.lowerCase(Known.class, ErrorNextAction::new);

  /** {@code retry}. */
  public static final ErrorNextAction RETRY = VALUES.get(Known.RETRY);

  /** {@code new_session}. */
  public static final ErrorNextAction NEW_SESSION = VALUES.get(Known.NEW_SESSION);

  /** {@code reload_bundle}. */
  public static final ErrorNextAction RELOAD_BUNDLE = VALUES.get(Known.RELOAD_BUNDLE);

  /** {@code contact_support}. */
  public static final ErrorNextAction CONTACT_SUPPORT = VALUES.get(Known.CONTACT_SUPPORT);

  private ErrorNextAction(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
