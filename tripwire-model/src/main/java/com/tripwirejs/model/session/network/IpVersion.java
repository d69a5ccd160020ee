package com.tripwirejs.model.session.network;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The version of an IP address. */
public final class IpVersion extends OpenEnum<IpVersion.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** IPv4 ({@code ipv4}). */
    IPV4,
    /** IPv6 ({@code ipv6}). */
    IPV6
  }

  private static final EnumValues<Known, IpVersion> VALUES =
      EnumValues.lowerCase(Known.class, IpVersion::new);

  /** IPv4 ({@code ipv4}). */
  public static final IpVersion IPV4 = VALUES.get(Known.IPV4);

  /** IPv6 ({@code ipv6}). */
  public static final IpVersion IPV6 = VALUES.get(Known.IPV6);

  private IpVersion(String value, @Nullable Known known) {
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
