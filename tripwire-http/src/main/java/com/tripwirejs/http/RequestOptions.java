package com.tripwirejs.http;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Options for individual calls: a timeout of their own, extra headers, extra query parameters.
 * Apply them with {@code client.withOptions(options)}; options given later override earlier ones.
 */
public final class RequestOptions {

  private static final RequestOptions NONE = new Builder().build();

  /** Headers the transport owns: setting them per call would break or confuse the connection. */
  private static final java.util.Set<String> CONNECTION_HEADERS =
      java.util.Set.of(
          "host",
          "connection",
          "content-length",
          "transfer-encoding",
          "expect",
          "upgrade",
          "te",
          "keep-alive",
          "trailer",
          "proxy-connection");

  private final @Nullable Duration timeout;
  private final Headers headers;
  private final List<Map.Entry<String, String>> queryParameters;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.headers = builder.headers.build();
    this.queryParameters = Collections.unmodifiableList(new ArrayList<>(builder.query));
  }

  /**
   * No options.
   *
   * @return the empty options
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The overall timeout of the call, replacing the client's.
   *
   * @return the timeout, or null to keep the client's
   */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /**
   * Headers added to the request; they replace the SDK's own headers of the same name, except
   * {@code Authorization}, which only the client's credentials set.
   *
   * @return the extra headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * Query parameters added after the operation's own, in order.
   *
   * @return name and value pairs
   */
  public List<Map.Entry<String, String>> queryParameters() {
    return queryParameters;
  }

  /**
   * These options with {@code later} applied on top: its timeout wins when set, its headers
   * replace these of the same name, its query parameters follow these.
   *
   * @param later the options to apply
   * @return the combined options
   */
  public RequestOptions merge(RequestOptions later) {
    if (later == NONE) {
      return this;
    }
    if (this == NONE) {
      return later;
    }
    Builder merged = new Builder();
    merged.timeout = later.timeout != null ? later.timeout : timeout;
    merged.headers.setAll(headers).setAll(later.headers);
    merged.query.addAll(queryParameters);
    merged.query.addAll(later.queryParameters);
    return merged.build();
  }

  /** Shows the timeout and the names only: values can carry credentials or personal data. */
  @Override
  public String toString() {
    List<String> queryNames = new ArrayList<>();
    for (Map.Entry<String, String> parameter : queryParameters) {
      queryNames.add(parameter.getKey());
    }
    return "RequestOptions[timeout=" + timeout + ", headers=" + headers.names() + ", query=" + queryNames + "]";
  }

  /** Builds {@link RequestOptions}. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private final Headers.Builder headers = Headers.builder();
    private final List<Map.Entry<String, String>> query = new ArrayList<>();

    private Builder() {}

    /**
     * Sets the overall timeout of the call.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      Objects.requireNonNull(timeout, "timeout");
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets an extra header.
     *
     * @param name the header name; not {@code Authorization}, nor a header of the connection
     *     itself ({@code Host}, {@code Connection}, {@code Content-Length}, ...)
     * @param value the value: ISO-8859-1 characters, no control characters
     * @return this builder
     */
    public Builder header(String name, String value) {
      if ("authorization".equalsIgnoreCase(name)) {
        throw new IllegalArgumentException(
            "The Authorization header comes from the client's secret key or the call's token;"
                + " it cannot be set as an extra header");
      }
      if (CONNECTION_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
        throw new IllegalArgumentException(
            "The " + name + " header belongs to the HTTP connection; the transport sets it");
      }
      Objects.requireNonNull(value, "value");
      for (int i = 0; i < value.length(); i++) {
        if (value.charAt(i) > 0xff) {
          // One transport would send '?' in its place, another refuse it quoting the value.
          throw new IllegalArgumentException(
              "The value of header \"" + name + "\" has a character HTTP headers cannot carry"
                  + " (beyond ISO-8859-1); encode it first");
        }
      }
      headers.set(name, value);
      return this;
    }

    /**
     * Adds an extra query parameter.
     *
     * @param name the parameter name
     * @param value the value
     * @return this builder
     */
    public Builder queryParameter(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      if (name.isEmpty()) {
        throw new IllegalArgumentException("A query parameter name must not be empty");
      }
      query.add(Map.entry(name, value));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}
