package com.tripwirejs.http.internal;

import com.tripwirejs.http.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One call of an API operation, before the pipeline turns it into HTTP: the operation, its path
 * with the values of its placeholders, query parameters, JSON body and authentication.
 */
public final class ApiCall {

  private final String operation;
  private final HttpMethod method;
  private final String pathTemplate;
  private final List<String> pathValues;
  private final List<Map.Entry<String, String>> query;
  private final byte @Nullable [] body;
  private final Auth auth;

  private ApiCall(Builder builder) {
    this.operation = Objects.requireNonNull(builder.operation, "operation");
    this.method = Objects.requireNonNull(builder.method, "method");
    this.pathTemplate = Objects.requireNonNull(builder.pathTemplate, "pathTemplate");
    this.pathValues = List.copyOf(builder.pathValues);
    this.query = List.copyOf(builder.query);
    this.body = builder.body;
    this.auth = builder.auth;
  }

  /**
   * A call of an operation.
   *
   * @param operation the operationId of the API reference, such as {@code getSession}
   * @param method the HTTP method
   * @param pathTemplate the path with {@code {placeholders}}, such as {@code
   *     /v1/sessions/{sessionId}}
   * @return a builder
   */
  public static Builder builder(String operation, HttpMethod method, String pathTemplate) {
    Builder builder = new Builder();
    builder.operation = operation;
    builder.method = method;
    builder.pathTemplate = pathTemplate;
    return builder;
  }

  public String operation() {
    return operation;
  }

  public HttpMethod method() {
    return method;
  }

  public String pathTemplate() {
    return pathTemplate;
  }

  /** The values of the path's placeholders, in the order they appear; not yet encoded. */
  public List<String> pathValues() {
    return pathValues;
  }

  /** The operation's query parameters, not yet encoded; null and empty values are left out. */
  public List<Map.Entry<String, String>> query() {
    return query;
  }

  public byte @Nullable [] body() {
    return body;
  }

  public Auth auth() {
    return auth;
  }

  @Override
  public String toString() {
    return operation + " " + method + " " + pathTemplate;
  }

  /** Builds {@link ApiCall}s. */
  public static final class Builder {
    private @Nullable String operation;
    private @Nullable HttpMethod method;
    private @Nullable String pathTemplate;
    private final List<String> pathValues = new ArrayList<>(2);
    private final List<Map.Entry<String, String>> query = new ArrayList<>(4);
    private byte @Nullable [] body;
    private Auth auth = Auth.secretKey();

    private Builder() {}

    /** Adds the value of the next path placeholder. */
    public Builder pathValue(String value) {
      pathValues.add(Objects.requireNonNull(value, "path value"));
      return this;
    }

    /** Adds a query parameter unless its value is null or empty. */
    public Builder query(String name, @Nullable Object value) {
      if (value != null) {
        String text = value.toString();
        if (!text.isEmpty()) {
          query.add(Map.entry(name, text));
        }
      }
      return this;
    }

    /** Sets the JSON body. */
    public Builder body(byte @Nullable [] body) {
      this.body = body;
      return this;
    }

    /** Sets the authentication; the client's secret key by default. */
    public Builder auth(Auth auth) {
      this.auth = Objects.requireNonNull(auth, "auth");
      return this;
    }

    public ApiCall build() {
      return new ApiCall(this);
    }
  }
}
