package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The verdict of a decision. */
public final class Verdict extends OpenEnum<Verdict.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The session is a bot ({@code bot}). */
    BOT,
    /** The session is a human ({@code human}). */
    HUMAN,
    /** The evidence does not decide either way ({@code inconclusive}). */
    INCONCLUSIVE
  }

  private static final EnumValues<Known, Verdict> VALUES =
      EnumValues.lowerCase(Known.class, Verdict::new);

  /** The session is a bot ({@code bot}). */
  public static final Verdict BOT = VALUES.get(Known.BOT);

  /** The session is a human ({@code human}). */
  public static final Verdict HUMAN = VALUES.get(Known.HUMAN);

  /** The evidence does not decide either way ({@code inconclusive}). */
  public static final Verdict INCONCLUSIVE = VALUES.get(Known.INCONCLUSIVE);

  private Verdict(String value, @Nullable Known known) {
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
  public static Verdict of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<Verdict> knownValues() {
    return VALUES.values();
  }
}
