package com.tripwirejs.examples;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.model.session.SessionBrowser;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionDetailDecision;
import com.tripwirejs.model.session.SessionDetailVisitorFingerprint;
import com.tripwirejs.model.session.SessionHighlight;
import com.tripwirejs.model.session.device.SessionOperatingSystem;
import com.tripwirejs.model.session.network.SessionNetwork;
import com.tripwirejs.model.session.network.SessionNetworkLocation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Step 2: one session in detail.
 *
 * <pre>{@code
 * SessionDetail session = client.sessions().get("sid_...");
 * AutomationStatus status = session.decision().automationStatus();
 * }</pre>
 *
 * Everything the API may leave out is {@code @Nullable} (the network location, the visitor
 * fingerprint, a browser's version), and the rest never is; {@link #run} shows the checks that
 * takes. An id that names no session is a {@link NotFoundException}.
 */
public final class ReadSession {

  /**
   * A few facts of a session, as a dashboard would show them.
   *
   * @param id the session id
   * @param automation the decision: automated, human or uncertain (the wire value)
   * @param riskScore the decision's risk score, 0 to 100
   * @param decisionStatus preliminary or final (the wire value)
   * @param evaluatedAt when the decision was made
   * @param url the page the session was on
   * @param browser browser and operating system, such as {@code Chrome 124 on macOS 14.4}
   * @param network the IP address and where it is, when known
   * @param visitorId the visitor fingerprint the session belongs to, if it was identified
   * @param visitorSeenCount how many sessions that visitor has had, when known
   * @param highlights the summaries of the most important findings
   * @param signalsFired how many detection signals fired
   */
  public record Facts(
      String id,
      String automation,
      int riskScore,
      String decisionStatus,
      Instant evaluatedAt,
      String url,
      String browser,
      String network,
      @Nullable String visitorId,
      @Nullable Integer visitorSeenCount,
      List<String> highlights,
      int signalsFired) {}

  /**
   * The API's answer to an id that names no session.
   *
   * @param status the HTTP status, 404
   * @param code the error code, such as {@code request.not_found}
   * @param requestId the request id to quote to support
   */
  public record Missing(int status, String code, @Nullable String requestId) {}

  private ReadSession() {}

  /**
   * Reads a session.
   *
   * @param client the client
   * @param sessionId a session id, {@code sid_...}
   * @param maxHighlights how many highlights to keep
   * @return its facts
   */
  public static Facts run(TripwireClient client, String sessionId, int maxHighlights) {
    SessionDetail session = client.sessions().get(sessionId);
    SessionDetailDecision decision = session.decision();

    List<String> highlights = new ArrayList<>();
    for (SessionHighlight highlight : session.highlights()) {
      if (highlights.size() == maxHighlights) {
        break;
      }
      highlights.add(highlight.summary());
    }

    SessionDetailVisitorFingerprint visitor = session.visitorFingerprint();
    return new Facts(
        session.id(),
        decision.automationStatus().value(),
        decision.riskScore(),
        decision.decisionStatus().value(),
        decision.evaluatedAt(),
        session.request().url(),
        browser(session),
        network(session.network()),
        visitor == null ? null : visitor.id(),
        visitor == null ? null : visitor.lifecycle().seenCount(),
        List.copyOf(highlights),
        session.signalsFired().size());
  }

  /**
   * Asks for a session id that does not exist, to show the error the API answers with.
   *
   * @param client the client
   * @param sessionId an id that names no session
   * @return the error's status and code
   * @throws IllegalStateException if the session exists after all
   */
  public static Missing readMissing(TripwireClient client, String sessionId) {
    try {
      client.sessions().get(sessionId);
    } catch (NotFoundException e) {
      return new Missing(e.status(), e.code(), e.requestId());
    } catch (TripwireApiException e) {
      // An API may answer a malformed id with 400 or 422 rather than 404.
      return new Missing(e.status(), e.code(), e.requestId());
    }
    throw new IllegalStateException("Session " + sessionId + " exists; pick an id that names no session");
  }

  private static String browser(SessionDetail session) {
    SessionBrowser browser = session.browser();
    SessionOperatingSystem os = session.device().operatingSystem();
    String name = joined(browser.name() != null ? browser.name() : browser.engine(), browser.version());
    String system = joined(os.name(), os.version());
    return system.isEmpty() ? name : name + " on " + system;
  }

  private static String network(SessionNetwork network) {
    String address = network.ipAddress() != null ? network.ipAddress() : "no IP address";
    SessionNetworkLocation location = network.location();
    if (location == null) {
      return address;
    }
    StringJoiner place = new StringJoiner(", ");
    for (String part : new String[] {location.city(), location.countryCode()}) {
      if (part != null && !part.isBlank()) {
        place.add(part);
      }
    }
    return place.length() == 0 ? address : address + ", " + place;
  }

  private static String joined(@Nullable String first, @Nullable String second) {
    StringJoiner joined = new StringJoiner(" ");
    if (first != null && !first.isBlank()) {
      joined.add(first);
    }
    if (second != null && !second.isBlank()) {
      joined.add(second);
    }
    return joined.toString();
  }
}
