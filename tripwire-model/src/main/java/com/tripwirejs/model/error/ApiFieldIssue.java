package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One field of a request that failed validation: which field, what is wrong, what was expected and
 * what was received.
 */
@Value.Immutable
public abstract class ApiFieldIssue implements TripwireObject {

  /** {@return the name of the field, such as {@code limit}} */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /** {@return what is wrong with the field, such as {@code required} or {@code invalid_integer}} */
  @JsonProperty(value = "issue", required = true)
  public abstract String issue();

  /**
   * {@return what the API expected, such as {@code integer between 1 and 200}} Null when the API
   * leaves it out.
   */
  @JsonProperty("expected")
  public abstract @Nullable String expected();

  /**
   * {@return the value the API received, as JSON: a string, number, boolean or null} Null when the
   * API leaves it out; a JSON {@code null} the API sent is a {@code NullNode}.
   */
  @JsonProperty("received")
  public abstract @Nullable JsonNode received();

  // Only the implementation that Immutables generates in this package extends this class.
  ApiFieldIssue() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApiFieldIssue} values. */
  public static final class Builder extends ImmutableApiFieldIssue.Builder {
    Builder() {}
  }
}
