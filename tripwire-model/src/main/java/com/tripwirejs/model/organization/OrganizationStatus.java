package com.tripwirejs.model.organization;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The lifecycle status of an {@link Organization}. */
public final class OrganizationStatus extends OpenEnum<OrganizationStatus.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The organization is active ({@code active}). */
    ACTIVE,
    /** The organization is suspended ({@code suspended}). */
    SUSPENDED,
    /** The organization is deleted ({@code deleted}). */
    DELETED
  }

  private static final EnumValues<Known, OrganizationStatus> VALUES =
      EnumValues.lowerCase(Known.class, OrganizationStatus::new);

  /** The organization is active ({@code active}). */
  public static final OrganizationStatus ACTIVE = VALUES.get(Known.ACTIVE);

  /** The organization is suspended ({@code suspended}). */
  public static final OrganizationStatus SUSPENDED = VALUES.get(Known.SUSPENDED);

  /** The organization is deleted ({@code deleted}). */
  public static final OrganizationStatus DELETED = VALUES.get(Known.DELETED);

  private OrganizationStatus(String value, @Nullable Known known) {
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
