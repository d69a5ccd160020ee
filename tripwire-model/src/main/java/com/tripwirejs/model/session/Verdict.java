package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Verdict. */
public final class Verdict extends OpenEnum<Verdict.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code bot}. */
    BOT,
    /** {@code human}. */
    HUMAN,
    /** {@code inconclusive}. */
    INCONCLUSIVE
  }

  private static final EnumValues<Known, Verdict> VALUES =
      EnumValues.lowerCase(Known.class, Verdict::new);

  /** {@code bot}. */
  public static final Verdict BOT = VALUES.get(Known.BOT);

  /** {@code human}. */
  public static final Verdict HUMAN = VALUES.get(Known.HUMAN);

  /** {@code inconclusive}. */
  public static final Verdict INCONCLUSIVE = VALUES.get(Known.INCONCLUSIVE);

  private Verdict(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
