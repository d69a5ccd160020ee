package com.tripwirejs.api.sessions;

import com.tripwirejs.api.AsyncAutoPager;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
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
}
