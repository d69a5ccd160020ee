package com.tripwirejs.model.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Api Field Issue. */
@Value.Immutable
public abstract class ApiFieldIssue implements TripwireObject {

  /**
   * Name.
   *
   * @return the name
   */
  @JsonProperty(value = "name", required = true)
  public abstract String name();

  /**
   * Issue.
   *
   * @return the issue
   */
  @JsonProperty(value = "issue", required = true)
  public abstract String issue();

  /**
   * Expected.
   *
   * @return the expected, or null
   */
  @JsonProperty("expected")
  public abstract @Nullable String expected();

  /**
   * Received.
   *
   * @return the received, or null
   */
  @JsonProperty("received")
  public abstract @Nullable JsonNode received();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ApiFieldIssue} values. */
  public static final class Builder extends ImmutableApiFieldIssue.Builder {}
}
