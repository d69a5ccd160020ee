package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Ip Version. */
public final class IpVersion extends OpenEnum<IpVersion.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code ipv4}. */
    IPV4,
    /** {@code ipv6}. */
    IPV6
  }

  private static final EnumValues<Known, IpVersion> VALUES =
      EnumValues.lowerCase(Known.class, IpVersion::new);

  /** {@code ipv4}. */
  public static final IpVersion IPV4 = VALUES.get(Known.IPV4);

  /** {@code ipv6}. */
  public static final IpVersion IPV6 = VALUES.get(Known.IPV6);

  private IpVersion(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static IpVersion of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<IpVersion> knownValues() {
    return VALUES.values();
  }
}
