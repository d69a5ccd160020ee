package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * More about an error: the fields that failed validation and what the API expected. Any further
 * details the API sends stay in {@link #unknownProperties()}.
 */
@Value.Immutable
public abstract class ApiErrorDetails implements TripwireObject {

  /**
   * {@return the request fields that failed validation, one issue each} Null when the API leaves it
   * out.
   */
  @JsonProperty("fields")
  public abstract @Nullable List<ApiFieldIssue> fields();

  /** {@return the values the API would have accepted} Null when the API leaves it out. */
  @JsonProperty("allowed_values")
  public abstract @Nullable List<String> allowedValues();

  /**
   * {@return the name of the request header the error is about, such as {@code x-forwarded-for}}
   * Null when the API leaves it out.
   */
  @JsonProperty("header_name")
  public abstract @Nullable String headerName();

  /**
   * {@return the group of parameters the error is about, such as {@code sessions}} Null when the
   * API leaves it out.
   */
  @JsonProperty("parameter_set")
  public abstract @Nullable String parameterSet();

  /** {@return what the caller should do next} Null when the API leaves it out. */
  @JsonProperty("next_action")
  public abstract @Nullable ErrorNextAction nextAction();

  // Only the implementation that Immutables generates in this package extends this class.
  ApiErrorDetails() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApiErrorDetails} values. */
  public static final class Builder extends ImmutableApiErrorDetails.Builder {
    Builder() {}
  }
}
