package com.tripwirejs.model.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Organization Status. */
public final class OrganizationStatus extends OpenEnum<OrganizationStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code active}. */
    ACTIVE,
    /** {@code suspended}. */
    SUSPENDED,
    /** {@code deleted}. */
    DELETED
  }

  private static final EnumValues<Known, OrganizationStatus> VALUES =
      EnumValues.lowerCase(Known.class, OrganizationStatus::new);

  /** {@code active}. */
  public static final OrganizationStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** {@code suspended}. */
  public static final OrganizationStatus SUSPENDED = VALUES.get(Known.SUSPENDED);

  /** {@code deleted}. */
  public static final OrganizationStatus DELETED = VALUES.get(Known.DELETED);

  private OrganizationStatus(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static OrganizationStatus of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<OrganizationStatus> knownValues() {
    return VALUES.values();
  }
}
