package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The state of the network analysis of a session. */
public final class NetworkStatus extends OpenEnum<NetworkStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The analysis has not finished ({@code pending}). */
    PENDING,
    /** The analysis is complete ({@code ready}). */
    READY,
    /** The analysis was skipped ({@code skipped}). */
    SKIPPED,
    /** The analysis failed ({@code error}). */
    ERROR
  }

  private static final EnumValues<Known, NetworkStatus> VALUES =
      EnumValues.lowerCase(Known.class, NetworkStatus::new);

  /** The analysis has not finished ({@code pending}). */
  public static final NetworkStatus PENDING = VALUES.get(Known.PENDING);

  /** The analysis is complete ({@code ready}). */
  public static final NetworkStatus READY = VALUES.get(Known.READY);

  /** The analysis was skipped ({@code skipped}). */
  public static final NetworkStatus SKIPPED = VALUES.get(Known.SKIPPED);

  /** The analysis failed ({@code error}). */
  public static final NetworkStatus ERROR = VALUES.get(Known.ERROR);

  private NetworkStatus(String value, @Nullable Known known) {
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
  public static NetworkStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<NetworkStatus> knownValues() {
    return VALUES.values();
  }
}
