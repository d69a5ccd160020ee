package com.tripwirejs.http;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One HTTP request as a transport sends it: method, absolute URI (already encoded), headers,
 * optional body, the deadline for the whole exchange, and the most response body to accept.
 */
public final class TransportRequest {

  /** The default cap on response bodies: 32 MiB, far above any response of the Foil API. */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 32L * 1024 * 1024;

  private final HttpMethod method;
  private final URI uri;
  private final Headers headers;
  private final byte @Nullable [] body;
  private final Duration timeout;
  private final long maxResponseBytes;

  private TransportRequest(Builder builder) {
    this.method = Objects.requireNonNull(builder.method, "method");
    this.uri = Objects.requireNonNull(builder.uri, "uri");
    if (!uri.isAbsolute() || uri.getRawAuthority() == null) {
      throw new IllegalArgumentException("A transport request needs an absolute http(s) URI");
    }
    this.headers = builder.headers;
    this.body = builder.body;
    this.timeout = builder.timeout;
    this.maxResponseBytes = builder.maxResponseBytes;
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
   * The HTTP method.
   *
   * @return the method
   */
  public HttpMethod method() {
    return method;
  }

  /**
   * The absolute URI, with its path and query already percent-encoded; send it as is.
   *
   * @return the URI
   */
  public URI uri() {
    return uri;
  }

  /**
   * The headers to send.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * The body to send; the caller must not modify the array.
   *
   * @return the body bytes, or null for a request without body
   */
  public byte @Nullable [] body() {
    return body;
  }

  /**
   * How long the whole exchange may take, from sending the request to having read the complete
   * response.
   *
   * @return the deadline
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The most response body bytes to read; a longer body fails the request.
   *
   * @return the limit in bytes
   */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /**
   * A builder starting from this request, for a transport that decorates another one (adding a
   * header, say) before passing the request on.
   *
   * @return a builder with every property of this request
   */
  public Builder toBuilder() {
    return new Builder()
        .method(method)
        .uri(uri)
        .headers(headers)
        .body(body)
        .timeout(timeout)
        .maxResponseBytes(maxResponseBytes);
  }

  /** Method and URI only: headers and body can carry credentials. */
  @Override
  public String toString() {
    return method + " " + uri;
  }

  /** Builds {@link TransportRequest}s. */
  public static final class Builder {
    private @Nullable HttpMethod method;
    private @Nullable URI uri;
    private Headers headers = Headers.empty();
    private byte @Nullable [] body;
    private Duration timeout = Duration.ofSeconds(30);
    private long maxResponseBytes = DEFAULT_MAX_RESPONSE_BYTES;

    private Builder() {}

    /**
     * Sets the method.
     *
     * @param method the method
     * @return this builder
     */
    public Builder method(HttpMethod method) {
      this.method = method;
      return this;
    }

    /**
     * Sets the absolute, encoded URI.
     *
     * @param uri the URI
     * @return this builder
     */
    public Builder uri(URI uri) {
      this.uri = uri;
      return this;
    }

    /**
     * Sets the headers.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder headers(Headers headers) {
      this.headers = Objects.requireNonNull(headers, "headers");
      return this;
    }

    /**
     * Sets the body; the array is not copied.
     *
     * @param body the body, or null for none
     * @return this builder
     */
    public Builder body(byte @Nullable [] body) {
      this.body = body;
      return this;
    }

    /**
     * Sets the deadline for the whole exchange.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("timeout must be positive");
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * Sets the most response body bytes to read.
     *
     * @param maxResponseBytes a positive limit
     * @return this builder
     */
    public Builder maxResponseBytes(long maxResponseBytes) {
      if (maxResponseBytes <= 0) {
        throw new IllegalArgumentException("maxResponseBytes must be positive");
      }
      this.maxResponseBytes = maxResponseBytes;
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public TransportRequest build() {
      return new TransportRequest(this);
    }
  }
}
