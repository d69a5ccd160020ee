package com.tripwirejs.examples;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.model.session.SessionBrowser;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionDetailDecision;
import com.tripwirejs.model.session.SessionDetailVisitorFingerprint;
import com.tripwirejs.model.session.SessionHighlight;
import com.tripwirejs.model.session.behavior.SessionDetailBehavior;
import com.tripwirejs.model.session.behavior.SessionDetailBehaviorField;
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
 * SessionDetailBehavior behavior = session.behavior(); // null unless your organization has it
 * if (behavior != null) {
 *   BehaviorTier tier = behavior.assessment().tier();
 * }
 * }</pre>
 *
 * Everything the API may leave out is {@code @Nullable} (the network location, the visitor
 * fingerprint, a browser's version, the behavior ledger), and the rest never is; {@link #run}
 * shows the checks that takes. The behavior ledger, how each form field was filled in, is there
 * only when behavior-ledger access is enabled for the organization (it is off by default). An id
 * that names no session is a {@link NotFoundException}.
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
   * @param behavior the behavior ledger, or null when the session has none: behavior-ledger access
   *     is not enabled for the organization
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
      int signalsFired,
      @Nullable Behavior behavior) {}

  /**
   * A session's behavior ledger: how its form fields were filled in, and what that adds up to.
   *
   * @param tier how strongly the behavior points to automation or fraud, such as {@code none} or
   *     {@code high} (the wire value)
   * @param findings the assessment's findings in plain language, such as {@code Credentials
   *     pasted}
   * @param fields each tracked form field, in page order
   * @param fieldsTracked how many form fields were tracked
   * @param fieldsDropped how many were not
   * @param complete whether every field of the page was tracked
   */
  public record Behavior(
      String tier, List<String> findings, List<Field> fields, long fieldsTracked, long fieldsDropped, boolean complete) {}

  /**
   * How one form field was filled in.
   *
   * @param name the field's display name, or its role when the page gave it no name
   * @param role what the field is for, such as {@code email} (the wire value)
   * @param entryMode how the value got there, such as {@code typed} or {@code pasted} (the wire
   *     value)
   * @param tone how that reads, from {@code manual} to {@code risk} (the wire value)
   */
  public record Field(String name, String role, String entryMode, String tone) {}

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
        session.signalsFired().size(),
        behavior(session.behavior()));
  }

  /** The ledger's facts, or null when the organization has no behavior-ledger access. */
  private static @Nullable Behavior behavior(@Nullable SessionDetailBehavior behavior) {
    if (behavior == null) {
      return null;
    }
    List<Field> fields = new ArrayList<>();
    for (SessionDetailBehaviorField field : behavior.fields()) {
      String name = field.displayName() != null && !field.displayName().isBlank() ? field.displayName() : field.fieldRole();
      fields.add(new Field(name, field.fieldRole(), field.entryMode().value(), field.tone().value()));
    }
    return new Behavior(
        behavior.assessment().tier().value(),
        List.copyOf(behavior.assessment().findings()),
        List.copyOf(fields),
        Math.round(behavior.coverage().fieldsTracked()),
        Math.round(behavior.coverage().fieldsDropped()),
        behavior.coverage().complete());
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
