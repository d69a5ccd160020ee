package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** How a device identity was established. */
public final class DeviceIdentitySource extends OpenEnum<DeviceIdentitySource.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** Backed by an attestation ({@code attested}). */
    ATTESTED,
    /** Matched on stable anchors of the device ({@code anchored}). */
    ANCHORED,
    /** Inferred ({@code inferred}). */
    INFERRED,
    /** A new device, not seen before ({@code new}). */
    NEW
  }

  private static final EnumValues<Known, DeviceIdentitySource> VALUES =
      EnumValues.lowerCase(Known.class, DeviceIdentitySource::new);

  /** Backed by an attestation ({@code attested}). */
  public static final DeviceIdentitySource ATTESTED = VALUES.get(Known.ATTESTED);

  /** Matched on stable anchors of the device ({@code anchored}). */
  public static final DeviceIdentitySource ANCHORED = VALUES.get(Known.ANCHORED);

  /** Inferred ({@code inferred}). */
  public static final DeviceIdentitySource INFERRED = VALUES.get(Known.INFERRED);

  /** A new device, not seen before ({@code new}). */
  public static final DeviceIdentitySource NEW = VALUES.get(Known.NEW);

  private DeviceIdentitySource(String value, @Nullable Known known) {
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
