package com.tripwirejs.api.sessions;

import com.tripwirejs.api.AsyncAutoPager;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import com.tripwirejs.model.session.UpdateSessionRequest;
import java.util.concurrent.CompletableFuture;

/** The non-blocking twin of {@link Sessions}. */
public final class AsyncSessions {

  private final ApiCaller caller;

  /**
   * Creates the namespace; use {@code client.async().sessions()}.
   *
   * @param caller runs the operations
   */
  public AsyncSessions(ApiCaller caller) {
    this.caller = caller;
  }

  /**
   * Lists sessions, newest first (GET /v1/sessions).
   *
   * @param params filters and paging
   * @return one page
   */
  public CompletableFuture<Page<SessionSummary>> list(SessionListParams params) {
    return caller.pageAsync(SessionCalls.list(params), SessionSummary.class);
  }

  /**
   * Lists the first page of sessions at the default page size.
   *
   * @return one page
   */
  public CompletableFuture<Page<SessionSummary>> list() {
    return list(SessionListParams.none());
  }

  /**
   * Every session matching the filters, fetched page by page.
   *
   * <p>A server that repeats a page cursor fails the walk with a {@code
   * TripwireInvalidResponseException} instead of a loop (see {@link
   * com.tripwirejs.api.AsyncAutoPager}).
   *
   * @param params filters, page size and starting cursor
   * @return the auto-pager
   */
  public AsyncAutoPager<SessionSummary> listAutoPaging(SessionListParams params) {
    Arguments.requireNonNull(params, "params");
    return new AsyncAutoPager<>(params.cursor(), cursor -> list(params.withCursor(cursor)));
  }

  /**
   * Reads one session in full (GET /v1/sessions/{sessionId}).
   *
   * @param sessionId the session id, {@code sid_...}
   * @return the session
   */
  public CompletableFuture<SessionDetail> get(String sessionId) {
    return caller.objectAsync(SessionCalls.get(sessionId), SessionDetail.class);
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
   * @throws IllegalArgumentException when an id is blank or the client user id is too long, at
   *     once rather than as a failed future
   */
  public CompletableFuture<SessionDetail> attachClientUser(String sessionId, String clientUserId) {
    return caller.objectAsync(
        SessionCalls.attachClientUser(sessionId, clientUserId), SessionDetail.class);
  }

  /**
   * Clears the client user id of a session (PATCH /v1/sessions/{sessionId} with {@code
   * {"client_user_id": null}}). Needs a secret key with the {@code sessions:update} scope.
   *
   * @param sessionId the session id, {@code sid_...}
   * @return the updated session, without a client user id
   * @throws IllegalArgumentException when the session id is blank, at once rather than as a
   *     failed future
   */
  public CompletableFuture<SessionDetail> clearClientUser(String sessionId) {
    return caller.objectAsync(SessionCalls.clearClientUser(sessionId), SessionDetail.class);
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
  public CompletableFuture<SessionDetail> update(
      String sessionId, UpdateSessionRequest request) {
    return caller.objectAsync(SessionCalls.update(sessionId, request), SessionDetail.class);
  }
}
