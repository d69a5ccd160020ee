package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The mobile platform of a native app session. */
public final class MobilePlatform extends OpenEnum<MobilePlatform.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** iOS ({@code ios}). */
    IOS,
    /** Android ({@code android}). */
    ANDROID
  }

  private static final EnumValues<Known, MobilePlatform> VALUES =
      EnumValues.lowerCase(Known.class, MobilePlatform::new);

  /** iOS ({@code ios}). */
  public static final MobilePlatform IOS = VALUES.get(Known.IOS);

  /** Android ({@code android}). */
  public static final MobilePlatform ANDROID = VALUES.get(Known.ANDROID);

  private MobilePlatform(String value, @Nullable Known known) {
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
  public static MobilePlatform of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<MobilePlatform> knownValues() {
    return VALUES.values();
  }
}
