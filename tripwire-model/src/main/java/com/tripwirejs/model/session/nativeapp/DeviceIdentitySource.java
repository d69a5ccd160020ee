package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Device Identity Source. */
public final class DeviceIdentitySource extends OpenEnum<DeviceIdentitySource.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code attested}. */
    ATTESTED,
    /** {@code anchored}. */
    ANCHORED,
    /** {@code inferred}. */
    INFERRED,
    /** {@code new}. */
    NEW
  }

  private static final EnumValues<Known, DeviceIdentitySource> VALUES =
      EnumValues.lowerCase(Known.class, DeviceIdentitySource::new);

  /** {@code attested}. */
  public static final DeviceIdentitySource ATTESTED = VALUES.get(Known.ATTESTED);

  /** {@code anchored}. */
  public static final DeviceIdentitySource ANCHORED = VALUES.get(Known.ANCHORED);

  /** {@code inferred}. */
  public static final DeviceIdentitySource INFERRED = VALUES.get(Known.INFERRED);

  /** {@code new}. */
  public static final DeviceIdentitySource NEW = VALUES.get(Known.NEW);

  private DeviceIdentitySource(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static DeviceIdentitySource of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<DeviceIdentitySource> knownValues() {
    return VALUES.values();
  }
}
