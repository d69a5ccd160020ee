package com.tripwirejs.model.internal;

import com.tripwirejs.model.OpenEnum;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The known values of one {@link OpenEnum} subclass, and the lookup from wire string to instance.
 *
 * @param <K> the subclass's enum of known values
 * @param <E> the open enum type
 */
public final class EnumValues<K extends Enum<K>, E extends OpenEnum<K>> {

  private final Map<String, E> byWireValue = new HashMap<>();
  private final Map<K, E> byKnown;
  private final List<E> all;
  private final BiFunction<String, @Nullable K, E> factory;

  private EnumValues(
      Class<K> knownType,
      Function<K, String> wireValue,
      BiFunction<String, @Nullable K, E> factory) {
    this.factory = factory;
    this.byKnown = new EnumMap<>(knownType);
    List<E> values = new ArrayList<>();
    for (K known : knownType.getEnumConstants()) {
      E value = factory.apply(wireValue.apply(known), known);
      byKnown.put(known, value);
      byWireValue.put(value.value(), value);
      values.add(value);
    }
    this.all = Collections.unmodifiableList(values);
  }

  /**
   * Known values whose wire form is the lower-cased constant name ({@code HIGH_RISK} is {@code
   * high_risk}).
   *
   * @param knownType the enum of known values
   * @param factory creates an instance from its wire value and known constant, null if unknown
   * @param <K> the enum of known values
   * @param <E> the open enum type
   * @return the values
   */
  public static <K extends Enum<K>, E extends OpenEnum<K>> EnumValues<K, E> lowerCase(
      Class<K> knownType, BiFunction<String, @Nullable K, E> factory) {
    return new EnumValues<>(knownType, k -> k.name().toLowerCase(Locale.ROOT), factory);
  }

  /**
   * Known values whose wire form {@code wireValue} gives.
   *
   * @param knownType the enum of known values
   * @param wireValue the wire form of each known constant
   * @param factory creates an instance from its wire value and known constant, null if unknown
   * @param <K> the enum of known values
   * @param <E> the open enum type
   * @return the values
   */
  public static <K extends Enum<K>, E extends OpenEnum<K>> EnumValues<K, E> mapped(
      Class<K> knownType,
      Function<K, String> wireValue,
      BiFunction<String, @Nullable K, E> factory) {
    return new EnumValues<>(knownType, wireValue, factory);
  }

  /**
   * The instance of a known constant.
   *
   * @param known the constant
   * @return its instance
   */
  public E get(K known) {
    return Objects.requireNonNull(byKnown.get(known));
  }

  /**
   * The instance for a wire value: a known constant, or a new unknown value that keeps it.
   *
   * @param wireValue the value as the API writes it
   * @return the instance
   */
  public E of(String wireValue) {
    Objects.requireNonNull(wireValue, "value");
    E known = byWireValue.get(wireValue);
    return known != null ? known : factory.apply(wireValue, null);
  }

  /**
   * Every known value, in declaration order.
   *
   * @return the known values
   */
  public List<E> values() {
    return all;
  }
}
