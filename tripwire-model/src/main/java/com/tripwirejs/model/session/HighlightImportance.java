package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Highlight Importance. */
public final class HighlightImportance extends OpenEnum<HighlightImportance.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code high}. */
    HIGH,
    /** {@code medium}. */
    MEDIUM,
    /** {@code low}. */
    LOW
  }

  private static final EnumValues<Known, HighlightImportance> VALUES =
      EnumValues.lowerCase(Known.class, HighlightImportance::new);

  /** {@code high}. */
  public static final HighlightImportance HIGH = VALUES.get(Known.HIGH);

  /** {@code medium}. */
  public static final HighlightImportance MEDIUM = VALUES.get(Known.MEDIUM);

  /** {@code low}. */
  public static final HighlightImportance LOW = VALUES.get(Known.LOW);

  private HighlightImportance(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static HighlightImportance of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<HighlightImportance> knownValues() {
    return VALUES.values();
  }
}
