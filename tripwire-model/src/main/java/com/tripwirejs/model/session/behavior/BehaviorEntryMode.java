package com.tripwirejs.model.session.behavior;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a value got into a form field. */
public final class BehaviorEntryMode extends OpenEnum<BehaviorEntryMode.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Typed ({@code typed}). */
    TYPED,
    /** Typed, with corrections ({@code typed_with_edits}). */
    TYPED_WITH_EDITS,
    /** Partly typed and partly pasted ({@code typed_and_pasted}). */
    TYPED_AND_PASTED,
    /** Pasted ({@code pasted}). */
    PASTED,
    /** Filled in by the browser's autofill ({@code autofilled}). */
    AUTOFILLED,
    /** Already filled in when the page loaded ({@code prefilled}). */
    PREFILLED,
    /** Changed without any input event ({@code changed_without_input}). */
    CHANGED_WITHOUT_INPUT,
    /** Entered faster than a person types ({@code machine_speed}). */
    MACHINE_SPEED,
    /** Entered with the even rhythm of a script ({@code scripted_cadence}). */
    SCRIPTED_CADENCE,
    /** Filled in all at once ({@code filled_instantly}). */
    FILLED_INSTANTLY,
    /** Changed, by means the SDK could not tell ({@code changed}). */
    CHANGED,
    /** Visited, nothing entered ({@code visited_no_entry}). */
    VISITED_NO_ENTRY,
    /** Not known ({@code unknown}). */
    UNKNOWN
  }

  private static final EnumValues<Known, BehaviorEntryMode> VALUES =
      EnumValues.lowerCase(Known.class, BehaviorEntryMode::new);

  /** Typed ({@code typed}). */
  public static final BehaviorEntryMode TYPED = VALUES.get(Known.TYPED);

  /** Typed, with corrections ({@code typed_with_edits}). */
  public static final BehaviorEntryMode TYPED_WITH_EDITS = VALUES.get(Known.TYPED_WITH_EDITS);

  /** Partly typed and partly pasted ({@code typed_and_pasted}). */
  public static final BehaviorEntryMode TYPED_AND_PASTED = VALUES.get(Known.TYPED_AND_PASTED);

  /** Pasted ({@code pasted}). */
  public static final BehaviorEntryMode PASTED = VALUES.get(Known.PASTED);

  /** Filled in by the browser's autofill ({@code autofilled}). */
  public static final BehaviorEntryMode AUTOFILLED = VALUES.get(Known.AUTOFILLED);

  /** Already filled in when the page loaded ({@code prefilled}). */
  public static final BehaviorEntryMode PREFILLED = VALUES.get(Known.PREFILLED);

  /** Changed without any input event ({@code changed_without_input}). */
  public static final BehaviorEntryMode CHANGED_WITHOUT_INPUT =
      VALUES.get(Known.CHANGED_WITHOUT_INPUT);

  /** Entered faster than a person types ({@code machine_speed}). */
  public static final BehaviorEntryMode MACHINE_SPEED = VALUES.get(Known.MACHINE_SPEED);

  /** Entered with the even rhythm of a script ({@code scripted_cadence}). */
  public static final BehaviorEntryMode SCRIPTED_CADENCE = VALUES.get(Known.SCRIPTED_CADENCE);

  /** Filled in all at once ({@code filled_instantly}). */
  public static final BehaviorEntryMode FILLED_INSTANTLY = VALUES.get(Known.FILLED_INSTANTLY);

  /** Changed, by means the SDK could not tell ({@code changed}). */
  public static final BehaviorEntryMode CHANGED = VALUES.get(Known.CHANGED);

  /** Visited, nothing entered ({@code visited_no_entry}). */
  public static final BehaviorEntryMode VISITED_NO_ENTRY = VALUES.get(Known.VISITED_NO_ENTRY);

  /** Not known ({@code unknown}). */
  public static final BehaviorEntryMode UNKNOWN = VALUES.get(Known.UNKNOWN);

  private BehaviorEntryMode(String value, @Nullable Known known) {
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
  public static BehaviorEntryMode of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<BehaviorEntryMode> knownValues() {
    return VALUES.values();
  }
}
