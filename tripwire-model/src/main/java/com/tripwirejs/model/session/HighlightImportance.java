package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How much a highlight weighs. */
public final class HighlightImportance extends OpenEnum<HighlightImportance.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** High ({@code high}). */
    HIGH,
    /** Medium ({@code medium}). */
    MEDIUM,
    /** Low ({@code low}). */
    LOW
  }

  private static final EnumValues<Known, HighlightImportance> VALUES =
      EnumValues.lowerCase(Known.class, HighlightImportance::new);

  /** High ({@code high}). */
  public static final HighlightImportance HIGH = VALUES.get(Known.HIGH);

  /** Medium ({@code medium}). */
  public static final HighlightImportance MEDIUM = VALUES.get(Known.MEDIUM);

  /** Low ({@code low}). */
  public static final HighlightImportance LOW = VALUES.get(Known.LOW);

  private HighlightImportance(String value, @Nullable Known known) {
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
