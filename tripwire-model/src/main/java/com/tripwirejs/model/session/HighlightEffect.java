package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Highlight Effect. */
public final class HighlightEffect extends OpenEnum<HighlightEffect.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code increases_risk}. */
    INCREASES_RISK,
    /** {@code reduces_risk}. */
    REDUCES_RISK,
    /** {@code context}. */
    CONTEXT
  }

  private static final EnumValues<Known, HighlightEffect> VALUES =
      EnumValues.lowerCase(Known.class, HighlightEffect::new);

  /** {@code increases_risk}. */
  public static final HighlightEffect INCREASES_RISK = VALUES.get(Known.INCREASES_RISK);

  /** {@code reduces_risk}. */
  public static final HighlightEffect REDUCES_RISK = VALUES.get(Known.REDUCES_RISK);

  /** {@code context}. */
  public static final HighlightEffect CONTEXT = VALUES.get(Known.CONTEXT);

  private HighlightEffect(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
