package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Attribution Label Kind. */
public final class AttributionLabelKind extends OpenEnum<AttributionLabelKind.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** {@code actor}. */
    ACTOR,
    /** {@code provider}. */
    PROVIDER,
    /** {@code tool}. */
    TOOL,
    /** {@code product}. */
    PRODUCT,
    /** {@code organization}. */
    ORGANIZATION,
    /** {@code purpose}. */
    PURPOSE,
    /** {@code environment}. */
    ENVIRONMENT,
    /** {@code trust}. */
    TRUST,
    /** {@code evasion}. */
    EVASION
  }

  private static final EnumValues<Known, AttributionLabelKind> VALUES =
      EnumValues.lowerCase(Known.class, AttributionLabelKind::new);

  /** {@code actor}. */
  public static final AttributionLabelKind ACTOR = VALUES.get(Known.ACTOR);

  /** {@code provider}. */
  public static final AttributionLabelKind PROVIDER = VALUES.get(Known.PROVIDER);

  /** {@code tool}. */
  public static final AttributionLabelKind TOOL = VALUES.get(Known.TOOL);

  /** {@code product}. */
  public static final AttributionLabelKind PRODUCT = VALUES.get(Known.PRODUCT);

  /** {@code organization}. */
  public static final AttributionLabelKind ORGANIZATION = VALUES.get(Known.ORGANIZATION);

  /** {@code purpose}. */
  public static final AttributionLabelKind PURPOSE = VALUES.get(Known.PURPOSE);

  /** {@code environment}. */
  public static final AttributionLabelKind ENVIRONMENT = VALUES.get(Known.ENVIRONMENT);

  /** {@code trust}. */
  public static final AttributionLabelKind TRUST = VALUES.get(Known.TRUST);

  /** {@code evasion}. */
  public static final AttributionLabelKind EVASION = VALUES.get(Known.EVASION);

  private AttributionLabelKind(String value, @Nullable Known known) {
    super(value, known);
  }

  /**
   * The value for a wire string, known or not.
   *
   * @param value the wire value
   * @return the value
   */
  @JsonCreator
  public static AttributionLabelKind of(String value) {
    return VALUES.of(value);
  }

  /**
   * Every value this SDK version knows.
   *
   * @return the known values
   */
  public static List<AttributionLabelKind> knownValues() {
    return VALUES.values();
  }
}
