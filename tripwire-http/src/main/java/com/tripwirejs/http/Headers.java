package com.tripwirejs.http;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Immutable HTTP headers: names compare case-insensitively, a name may have several values, and
 * the order of names is kept.
 */
public final class Headers {

  private static final Headers EMPTY = new Headers(Collections.emptyMap());

  /** Lower-cased name to (original name, values). */
  private final Map<String, Entry> entries;

  private Headers(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /**
   * No headers.
   *
   * @return the empty headers
   */
  public static Headers empty() {
    return EMPTY;
  }

  /**
   * Headers with one value per name.
   *
   * @param headers names and values
   * @return the headers
   */
  public static Headers of(Map<String, String> headers) {
    Builder builder = builder();
    headers.forEach(builder::add);
    return builder.build();
  }

  /**
   * A builder of headers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The first value of a header.
   *
   * @param name the header name, in any case
   * @return the first value, or null when the header is absent
   */
  public @Nullable String first(String name) {
    Entry entry = entries.get(key(name));
    return entry == null ? null : entry.values.get(0);
  }

  /**
   * Every value of a header, in order.
   *
   * @param name the header name, in any case
   * @return the values, empty when the header is absent
   */
  public List<String> all(String name) {
    Entry entry = entries.get(key(name));
    return entry == null ? List.of() : entry.values;
  }

  /**
   * Whether the header is present.
   *
   * @param name the header name, in any case
   * @return true when it has at least one value
   */
  public boolean contains(String name) {
    return entries.containsKey(key(name));
  }

  /**
   * The header names as first added, in order.
   *
   * @return the names
   */
  public Set<String> names() {
    Set<String> names = new java.util.LinkedHashSet<>();
    for (Entry entry : entries.values()) {
      names.add(entry.name);
    }
    return Collections.unmodifiableSet(names);
  }

  /**
   * Calls {@code action} once per value, with the header name as first added.
   *
   * @param action receives name and value
   */
  public void forEach(BiConsumer<String, String> action) {
    for (Entry entry : entries.values()) {
      for (String value : entry.values) {
        action.accept(entry.name, value);
      }
    }
  }

  /**
   * A builder starting from these headers.
   *
   * @return a builder with a copy of these headers
   */
  public Builder toBuilder() {
    Builder builder = builder();
    forEach(builder::add);
    return builder;
  }

  /**
   * Whether there are no headers.
   *
   * @return true when empty
   */
  public boolean isEmpty() {
    return entries.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Headers)) {
      return false;
    }
    Map<String, Entry> theirs = ((Headers) other).entries;
    if (theirs.size() != entries.size()) {
      return false;
    }
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      Entry entry = theirs.get(e.getKey());
      if (entry == null || !entry.values.equals(e.getValue().values)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public int hashCode() {
    int hash = 0;
    for (Map.Entry<String, Entry> e : entries.entrySet()) {
      hash += e.getKey().hashCode() ^ e.getValue().values.hashCode();
    }
    return hash;
  }

  /** Shows the names only: header values can carry credentials. */
  @Override
  public String toString() {
    return "Headers" + names();
  }

  private static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  private static final class Entry {
    final String name;
    final List<String> values;

    Entry(String name, List<String> values) {
      this.name = name;
      this.values = values;
    }
  }

  /** Builds {@link Headers}. */
  public static final class Builder {
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, List<String>> values = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a value to a header, keeping its other values.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the name or value has characters HTTP forbids
     */
    public Builder add(String name, String value) {
      validate(name, value);
      String key = key(name);
      names.putIfAbsent(key, name);
      values.computeIfAbsent(key, k -> new ArrayList<>(1)).add(value);
      return this;
    }

    /**
     * Sets a header to one value, replacing any values it had.
     *
     * @param name the header name
     * @param value the value
     * @return this builder
     * @throws IllegalArgumentException when the name or value has characters HTTP forbids
     */
    public Builder set(String name, String value) {
      remove(name);
      return add(name, value);
    }

    /**
     * Removes a header.
     *
     * @param name the header name, in any case
     * @return this builder
     */
    public Builder remove(String name) {
      String key = key(name);
      names.remove(key);
      values.remove(key);
      return this;
    }

    /**
     * Sets every header of {@code headers}, replacing values of the same names.
     *
     * @param headers the headers to set
     * @return this builder
     */
    public Builder setAll(Headers headers) {
      for (String name : headers.names()) {
        remove(name);
      }
      headers.forEach(this::add);
      return this;
    }

    /**
     * The headers built so far.
     *
     * @return immutable headers
     */
    public Headers build() {
      if (names.isEmpty()) {
        return EMPTY;
      }
      Map<String, Entry> entries = new LinkedHashMap<>();
      for (Map.Entry<String, String> name : names.entrySet()) {
        entries.put(
            name.getKey(), new Entry(name.getValue(), List.copyOf(values.get(name.getKey()))));
      }
      return new Headers(Collections.unmodifiableMap(entries));
    }

    private static void validate(String name, String value) {
      Objects.requireNonNull(name, "header name");
      Objects.requireNonNull(value, "header value");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("A header name must not be empty");
      }
      for (int i = 0; i < name.length(); i++) {
        char c = name.charAt(i);
        if (c <= ' ' || c >= 0x7f || "\"(),/:;<=>?@[\\]{}".indexOf(c) >= 0) {
          throw new IllegalArgumentException(
              "Header name \"" + name + "\" has a character HTTP does not allow in names");
        }
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        if ((c < ' ' && c != '\t') || c == 0x7f) {
          throw new IllegalArgumentException(
              "The value of header \"" + name + "\" has a control character (such as CR or LF)");
        }
      }
    }
  }
}
