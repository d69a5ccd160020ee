package com.tripwirejs.model;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.internal.json.OpenEnumDeserializer;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A string-valued enumeration of the API that stays open to values added after this SDK version.
 *
 * <p>Each subclass has a constant for every value this SDK knows, and a nested {@code Known} Java
 * enum of the same values for {@code switch} statements and exhaustive Kotlin {@code when}. A value
 * the SDK does not know is still accepted: it keeps its raw string, {@link #known()} is empty, and
 * it is written back unchanged.
 *
 * @param <K> the subclass's enum of known values
 */
@JsonDeserialize(using = OpenEnumDeserializer.class)
public abstract class OpenEnum<K extends Enum<K>> {

  private final String value;
  private final @Nullable K known;

  /**
   * Creates a value; subclasses pass the known constant that matches {@code value}, or null.
   *
   * @param value the wire value
   * @param known the matching known constant, or null when the SDK does not know the value
   */
  protected OpenEnum(String value, @Nullable K known) {
    this.value = value;
    this.known = known;
  }

  /**
   * The value exactly as the API writes it.
   *
   * @return the wire value
   */
  @JsonValue
  public final String value() {
    return value;
  }

  /**
   * The known constant for this value, or empty when the API sent a value this SDK version does
   * not know.
   *
   * @return the known constant, if any
   */
  public final Optional<K> known() {
    return Optional.ofNullable(known);
  }

  /**
   * Whether this SDK version knows the value.
   *
   * @return true for one of the subclass's constants
   */
  public final boolean isKnown() {
    return known != null;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((OpenEnum<?>) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the wire value. */
  @Override
  public final String toString() {
    return value;
  }
}
