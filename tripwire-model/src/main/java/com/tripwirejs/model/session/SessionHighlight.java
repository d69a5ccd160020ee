package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** One finding that explains a decision, in words, with the signals behind it. */
@Value.Immutable
public abstract class SessionHighlight implements TripwireObject {

  /** {@return the finding's stable key, such as {@code browser_automation}} */
  @JsonProperty(value = "key", required = true)
  public abstract String key();

  /** {@return whether the finding raises or lowers the risk, or is context} */
  @JsonProperty(value = "effect", required = true)
  public abstract HighlightEffect effect();

  /** {@return how much the finding weighs} */
  @JsonProperty(value = "importance", required = true)
  public abstract HighlightImportance importance();

  /**
   * {@return the finding in one sentence, such as {@code Browser automation markers were
   * detected.}}
   */
  @JsonProperty(value = "summary", required = true)
  public abstract String summary();

  /** {@return the signals behind the finding} Null when the finding lists none. */
  @JsonProperty("evidence")
  public abstract @Nullable List<SessionHighlightEvidence> evidence();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionHighlight() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionHighlight} values. */
  public static final class Builder extends ImmutableSessionHighlight.Builder {
    Builder() {}
  }
}
