package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.tripwirejs.model.OpenEnum;
import com.tripwirejs.model.internal.EnumValues;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What an attribution label names. */
public final class AttributionLabelKind extends OpenEnum<AttributionLabelKind.Known> {

  /** The values this SDK version knows. */
  public enum Known {
    /** The kind of actor, such as automation ({@code actor}). */
    ACTOR,
    /** The provider behind the session, such as Browserless ({@code provider}). */
    PROVIDER,
    /** The tool used, such as Playwright ({@code tool}). */
    TOOL,
    /** The product ({@code product}). */
    PRODUCT,
    /** The organization behind the session ({@code organization}). */
    ORGANIZATION,
    /** The purpose of the session ({@code purpose}). */
    PURPOSE,
    /** The environment the session runs in ({@code environment}). */
    ENVIRONMENT,
    /** A trust label ({@code trust}). */
    TRUST,
    /** An evasion technique, such as stealth ({@code evasion}). */
    EVASION
  }

  private static final EnumValues<Known, AttributionLabelKind> VALUES =
      EnumValues.lowerCase(Known.class, AttributionLabelKind::new);

  /** The kind of actor, such as automation ({@code actor}). */
  public static final AttributionLabelKind ACTOR = VALUES.get(Known.ACTOR);

  /** The provider behind the session, such as Browserless ({@code provider}). */
  public static final AttributionLabelKind PROVIDER = VALUES.get(Known.PROVIDER);

  /** The tool used, such as Playwright ({@code tool}). */
  public static final AttributionLabelKind TOOL = VALUES.get(Known.TOOL);

  /** The product ({@code product}). */
  public static final AttributionLabelKind PRODUCT = VALUES.get(Known.PRODUCT);

  /** The organization behind the session ({@code organization}). */
  public static final AttributionLabelKind ORGANIZATION = VALUES.get(Known.ORGANIZATION);

  /** The purpose of the session ({@code purpose}). */
  public static final AttributionLabelKind PURPOSE = VALUES.get(Known.PURPOSE);

  /** The environment the session runs in ({@code environment}). */
  public static final AttributionLabelKind ENVIRONMENT = VALUES.get(Known.ENVIRONMENT);

  /** A trust label ({@code trust}). */
  public static final AttributionLabelKind TRUST = VALUES.get(Known.TRUST);

  /** An evasion technique, such as stealth ({@code evasion}). */
  public static final AttributionLabelKind EVASION = VALUES.get(Known.EVASION);

  private AttributionLabelKind(String value, @Nullable Known known) {
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
