package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Mobile Platform. */
public final class MobilePlatform extends OpenEnum<MobilePlatform.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code ios}. */
    IOS,
    /** {@code android}. */
    ANDROID
  }

  private static final EnumValues<Known, MobilePlatform> VALUES =
      EnumValues.lowerCase(Known.class, MobilePlatform::new);

  /** {@code ios}. */
  public static final MobilePlatform IOS = VALUES.get(Known.IOS);

  /** {@code android}. */
  public static final MobilePlatform ANDROID = VALUES.get(Known.ANDROID);

  private MobilePlatform(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
