package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a highlight bears on the risk of a session. */
public final class HighlightEffect extends OpenEnum<HighlightEffect.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The finding raises the risk ({@code increases_risk}). */
    INCREASES_RISK,
    /** The finding lowers the risk ({@code reduces_risk}). */
    REDUCES_RISK,
    /** The finding is context and does not change the risk ({@code context}). */
    CONTEXT
  }

  private static final EnumValues<Known, HighlightEffect> VALUES =
      EnumValues.lowerCase(Known.class, HighlightEffect::new);

  /** The finding raises the risk ({@code increases_risk}). */
  public static final HighlightEffect INCREASES_RISK = VALUES.get(Known.INCREASES_RISK);

  /** The finding lowers the risk ({@code reduces_risk}). */
  public static final HighlightEffect REDUCES_RISK = VALUES.get(Known.REDUCES_RISK);

  /** The finding is context and does not change the risk ({@code context}). */
  public static final HighlightEffect CONTEXT = VALUES.get(Known.CONTEXT);

  private HighlightEffect(String value, @Nullable Known known) {
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
  public static HighlightEffect of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<HighlightEffect> knownValues() {
    return VALUES.values();
  }
}
