package com.tripwirejs.api.sessions;

import com.tripwirejs.api.AutoPager;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.model.session.UpdateSessionRequest;

/**
 * The sessions Tripwire scored: list them, page through them, read one in full, attach your own
 * user id to one or clear it.
 */
public final class Sessions {

  private final ApiCaller caller;

  /**
   * Creates the namespace; use {@code client.sessions()}.
   *
   * @param caller runs the operations
   */
  public Sessions(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists sessions, newest first (GET /v1/sessions).
   *
   * @param params filters and paging
   * @return one page
   */
  public Page<SessionSummary> list(SessionListParams params) {
    return caller.page(SessionCalls.list(params), SessionSummary.class);
  }

  /**
   * Lists the first page of sessions at the default page size.
   *
   * @return one page
   */
  public Page<SessionSummary> list() {
    return list(SessionListParams.none());
  }

  /**
   * Every session matching the filters, fetched page by page as iteration goes.
   *
   * <p>A server that repeats a page cursor ends the walk with a {@code
   * TripwireInvalidResponseException} instead of a loop (see {@link com.tripwirejs.api.AutoPager}).
   *
   * @param params filters, page size and starting cursor
   * @return the lazily fetched sessions
   */
  public AutoPager<SessionSummary> listAutoPaging(SessionListParams params) {
    Arguments.requireNonNull(params, "params");
    return new AutoPager<>(params.cursor(), cursor -> list(params.withCursor(cursor)));
  }

  /**
   * Reads one session with its decision, evidence and everything observed (GET
   * /v1/sessions/{sessionId}).
   *
   * @param sessionId the session id, {@code sid_...}
   * @return the session
   */
  public SessionDetail get(String sessionId) {
    return caller.object(SessionCalls.get(sessionId), SessionDetail.class);
  }

  /**
   * Attaches the identifier of the session's end user in your own system, replacing any attached
   * before (PATCH /v1/sessions/{sessionId}). Needs a secret key with the {@code sessions:update}
   * scope; services of older generations of the API do not have the operation.
   *
   * @param sessionId the session id, {@code sid_...}
   * @param clientUserId your identifier of the end user, such as {@code user_123}; not blank, at
   *     most 256 characters
   * @return the updated session, whose {@code clientUserId()} is the id
   * @throws IllegalArgumentException when an id is blank or the client user id is too long,
   *     before anything is sent
   */
  public SessionDetail attachClientUser(String sessionId, String clientUserId) {
    return caller.object(
        SessionCalls.attachClientUser(sessionId, clientUserId), SessionDetail.class);
  }

  /**
   * Clears the client user id of a session (PATCH /v1/sessions/{sessionId} with {@code
   * {"client_user_id": null}}). Needs a secret key with the {@code sessions:update} scope.
   *
   * @param sessionId the session id, {@code sid_...}
   * @return the updated session, without a client user id
   * @throws IllegalArgumentException when the session id is blank, before anything is sent
   */
  public SessionDetail clearClientUser(String sessionId) {
    return caller.object(SessionCalls.clearClientUser(sessionId), SessionDetail.class);
  }

  /**
   * Updates a session with a request body (PATCH /v1/sessions/{sessionId}): the general form of
   * {@link #attachClientUser} and {@link #clearClientUser}. Needs a secret key with the {@code
   * sessions:update} scope.
   *
   * @param sessionId the session id, {@code sid_...}
   * @param request the body, always carrying {@code client_user_id} (null clears it)
   * @return the updated session
   */
  public SessionDetail update(String sessionId, UpdateSessionRequest request) {
    return caller.object(SessionCalls.update(sessionId, request), SessionDetail.class);
  }
}
