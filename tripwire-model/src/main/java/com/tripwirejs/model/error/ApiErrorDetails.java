package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Api Error Details. */
@Value.Immutable
public abstract class ApiErrorDetails implements TripwireObject {

  /**
   * Fields.
   *
   * @return the fields, or null
   */
  @JsonProperty("fields")
  public abstract @Nullable List<ApiFieldIssue> fields();

  /**
   * Allowed values.
   *
   * @return the allowed values, or null
   */
  @JsonProperty("allowed_values")
  public abstract @Nullable List<String> allowedValues();

  /**
   * Header name.
   *
   * @return the header name, or null
   */
  @JsonProperty("header_name")
  public abstract @Nullable String headerName();

  /**
   * Parameter set.
   *
   * @return the parameter set, or null
   */
  @JsonProperty("parameter_set")
  public abstract @Nullable String parameterSet();

  /**
   * Next action.
   *
   * @return the next action, or null
   */
  @JsonProperty("next_action")
  public abstract @Nullable ErrorNextAction nextAction();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApiErrorDetails} values. */
  public static final class Builder extends ImmutableApiErrorDetails.Builder {}
}
