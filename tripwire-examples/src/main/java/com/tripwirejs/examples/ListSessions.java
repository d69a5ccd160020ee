package com.tripwirejs.examples;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.model.session.SessionSummary;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Step 1: every session, page after page, with auto-paging.
 *
 * <pre>{@code
 * for (SessionSummary session : client.sessions().listAutoPaging(SessionListParams.none())) {
 *   System.out.println(session.id() + " " + session.latestDecision().verdict());
 * }
 * }</pre>
 *
 * The loop asks for the next page only when it reaches the end of the one before; leaving the loop
 * early fetches no more pages. {@code listAutoPaging(params).stream()} is as lazy, and {@code
 * .pages()} walks whole pages when the page boundaries matter.
 */
public final class ListSessions {

  /**
   * What the listing found.
   *
   * @param counted the sessions counted, at most the {@code maxCounted} asked for
   * @param stoppedEarly whether more sessions were left when counting stopped at {@code maxCounted}
   * @param pageSize the sessions asked for per page
   * @param verdicts how many sessions had each verdict, by the verdict's wire value
   * @param newest the first sessions of the list, newest first
   */
  public record Listing(
      int counted, boolean stoppedEarly, int pageSize, Map<String, Integer> verdicts, List<SessionSummary> newest) {}

  private ListSessions() {}

  /**
   * Counts the sessions, fetching {@code pageSize} at a time.
   *
   * @param client the client
   * @param pageSize sessions per page, 1 to 200
   * @param maxCounted where to stop counting, so that a large account is not read to the end
   * @param keep how many of the newest sessions to keep for display
   * @return what was found
   */
  public static Listing run(TripwireClient client, int pageSize, int maxCounted, int keep) {
    SessionListParams params = SessionListParams.builder().limit(pageSize).build();
    int counted = 0;
    boolean stoppedEarly = false;
    Map<String, Integer> verdicts = new TreeMap<>();
    List<SessionSummary> newest = new ArrayList<>();
    for (SessionSummary session : client.sessions().listAutoPaging(params)) {
      if (counted == maxCounted) {
        stoppedEarly = true;
        break;
      }
      counted++;
      // An open enum: a verdict added to the API after this SDK version keeps its raw value.
      verdicts.merge(session.latestDecision().verdict().value(), 1, Integer::sum);
      if (newest.size() < keep) {
        newest.add(session);
      }
    }
    return new Listing(counted, stoppedEarly, pageSize, Map.copyOf(verdicts), List.copyOf(newest));
  }
}
