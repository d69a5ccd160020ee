package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Network Status. */
public final class NetworkStatus extends OpenEnum<NetworkStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code pending}. */
    PENDING,
    /** {@code ready}. */
    READY,
    /** {@code skipped}. */
    SKIPPED,
    /** {@code error}. */
    ERROR
  }

  private static final EnumValues<Known, NetworkStatus> VALUES =
      EnumValues.lowerCase(Known.class, NetworkStatus::new);

  /** {@code pending}. */
  public static final NetworkStatus PENDING = VALUES.get(Known.PENDING);

  /** {@code ready}. */
  public static final NetworkStatus READY = VALUES.get(Known.READY);

  /** {@code skipped}. */
  public static final NetworkStatus SKIPPED = VALUES.get(Known.SKIPPED);

  /** {@code error}. */
  public static final NetworkStatus ERROR = VALUES.get(Known.ERROR);

  private NetworkStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
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
