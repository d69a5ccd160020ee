package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.RequestChecks;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * The body that updates a session: it attaches the identifier of the session's end user in the
 * organization's own system, or clears it. Needs a secret key with the {@code sessions:update}
 * scope; the answer is the updated {@link SessionDetail}. {@link #attachClientUser(String)} and
 * {@link #clearClientUser()} build the two forms.
 *
 * <p>The body always carries {@code client_user_id}: a value attaches it, null (also when the
 * builder does not set it) clears it. Building one checks the value before anything is sent:
 * {@code build()} throws an {@link IllegalArgumentException} naming the property when it is blank
 * or longer than 256 characters.
 */
@Value.Immutable
public abstract class UpdateSessionRequest implements TripwireObject {

  /** The most characters a client user id has. */
  public static final int CLIENT_USER_ID_MAX_LENGTH = 256;

  /**
   * {@return the identifier of the session's end user in the organization's own system, such as
   * {@code user_123}; not blank, at most 256 characters} Null clears the one attached.
   */
  @JsonProperty(value = "client_user_id", required = true)
  public abstract @Nullable String clientUserId();

  @Value.Check
  void check() {
    RequestChecks.nonBlank(
        clientUserId(),
        "client_user_id",
        "give the identifier of the end user, such as user_123, or clear it with null");
    RequestChecks.maxLength(clientUserId(), "client_user_id", CLIENT_USER_ID_MAX_LENGTH);
  }

  // Only the implementation that Immutables generates in this package extends this class.
  UpdateSessionRequest() {}

  /**
   * The body that attaches a client user id to a session.
   *
   * @param clientUserId the identifier of the session's end user, not blank, at most 256
   *     characters
   * @return the body
   * @throws IllegalArgumentException when the id is blank or too long
   */
  public static UpdateSessionRequest attachClientUser(String clientUserId) {
    if (clientUserId == null) {
      throw RequestChecks.invalid(
          "client_user_id must not be null when attaching one: use clearClientUser() to clear it");
    }
    return builder().clientUserId(clientUserId).build();
  }

  /**
   * The body that clears the client user id of a session: {@code {"client_user_id": null}}.
   *
   * @return the body
   */
  public static UpdateSessionRequest clearClientUser() {
    return builder().clientUserId(null).build();
  }

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link UpdateSessionRequest} values. */
  public static final class Builder extends ImmutableUpdateSessionRequest.Builder {
    Builder() {}
  }
}
