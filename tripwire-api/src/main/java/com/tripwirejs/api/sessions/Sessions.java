package com.tripwirejs.api.sessions;

import com.tripwirejs.api.AutoPager;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.internal.ApiCaller;
import com.tripwirejs.api.internal.Arguments;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;

/** The sessions Tripwire scored: list them, page through them, read one in full. */
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
}
