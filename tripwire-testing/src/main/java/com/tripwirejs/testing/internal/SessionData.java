package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.model.internal.json.ApiTimestamps;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Seeded detection data: sessions of people and bots on a shop's pages, grouped into returning
 * visitor fingerprints, rendered as the API's session and fingerprint objects.
 */
final class SessionData {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  private static final String[] PAGES = {"/signup", "/login", "/checkout", "/cart", "/account/password"};
  private static final String[][] PLACES = {
    {"Portland", "Oregon", "United States", "US", "45.5152", "-122.6784", "America/Los_Angeles", "97205"},
    {"Austin", "Texas", "United States", "US", "30.2672", "-97.7431", "America/Chicago", "78701"},
    {"Toronto", "Ontario", "Canada", "CA", "43.6532", "-79.3832", "America/Toronto", "M5H"},
    {"Berlin", "Berlin", "Germany", "DE", "52.5200", "13.4050", "Europe/Berlin", "10115"},
    {"Ashburn", "Virginia", "United States", "US", "39.0438", "-77.4874", "America/New_York", "20147"},
  };

  /** One seeded session. */
  record Seeded(
      String id,
      Instant createdAt,
      SessionProfile profile,
      int riskScore,
      String eventId,
      String ipAddress,
      String url,
      String[] place,
      int evaluationMillis,
      Visitor visitor) {}

  /** One seeded visitor fingerprint and its sessions, oldest first. */
  record Visitor(String id, SessionProfile profile, List<Seeded> sessions) {
    Instant firstSeen() {
      return sessions.get(0).createdAt();
    }

    Instant lastSeen() {
      return sessions.get(sessions.size() - 1).createdAt().plusSeconds(5);
    }
  }

  private final List<Seeded> sessions = new ArrayList<>();
  private final Map<String, Seeded> sessionsById = new LinkedHashMap<>();
  private final Map<String, Visitor> visitorsById = new LinkedHashMap<>();
  /** The client user ids attached with PATCH /v1/sessions/{id}, by session id. */
  private final Map<String, String> clientUserIds = new HashMap<>();

  SessionData(Ids ids, Instant now, int count) {
    List<Visitor> visitors = new ArrayList<>();
    int visitorCount = Math.max(1, (count + 2) / 3);
    for (int v = 0; v < visitorCount; v++) {
      visitors.add(new Visitor(ids.base32("vid_"), SessionProfile.forDraw(ids.nextInt(8)), new ArrayList<>()));
    }
    Instant createdAt = now.minus(Duration.ofMinutes(5));
    List<Seeded> oldestFirst = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Visitor visitor = visitors.get(i < visitorCount ? i : ids.nextInt(visitorCount));
      SessionProfile profile = visitor.profile();
      int span = profile.maxRisk() - profile.minRisk() + 1;
      String[] place = profile.hosting() ? PLACES[4] : PLACES[ids.nextInt(PLACES.length - 1)];
      String network = profile.hosting() ? "198.51.100." : "203.0.113.";
      Seeded session =
          new Seeded(
              ids.base32("sid_"),
              createdAt,
              profile,
              profile.minRisk() + ids.nextInt(span),
              ids.base32("evt_"),
              network + (1 + ids.nextInt(254)),
              "https://shop.example.com" + PAGES[ids.nextInt(PAGES.length)],
              place,
              40 + ids.nextInt(260),
              visitor);
      oldestFirst.add(session);
      createdAt = createdAt.minus(Duration.ofSeconds(90 + ids.nextInt(900)));
    }
    oldestFirst.sort(Comparator.comparing(Seeded::createdAt));
    for (Seeded session : oldestFirst) {
      session.visitor().sessions().add(session);
    }
    for (int i = oldestFirst.size() - 1; i >= 0; i--) {
      sessions.add(oldestFirst.get(i));
    }
    sessions.forEach(session -> sessionsById.put(session.id(), session));
    visitors.stream()
        .filter(visitor -> !visitor.sessions().isEmpty())
        .sorted(Comparator.comparing(Visitor::lastSeen).reversed())
        .forEach(visitor -> visitorsById.put(visitor.id(), visitor));
  }

  List<String> sessionIds() {
    return sessions.stream().map(Seeded::id).toList();
  }

  /** Sessions newest first, narrowed by verdict and by a search over id, IP, URL and visitor. */
  List<Seeded> sessions(String verdict, String search) {
    List<Seeded> found = new ArrayList<>();
    for (Seeded session : sessions) {
      if ((verdict == null || session.profile().verdict().equals(verdict))
          && (search == null || matches(search, session.id(), session.ipAddress(), session.url(), session.visitor().id()))) {
        found.add(session);
      }
    }
    return found;
  }

  Seeded session(String id) {
    Seeded session = sessionsById.get(id);
    if (session == null) {
      throw ApiProblem.notFound("session", id);
    }
    return session;
  }

  /**
   * Attaches a client user id to a session, or clears it with null.
   *
   * @throws ApiProblem the API's 404 for an unknown session
   */
  Seeded updateClientUser(String sessionId, @Nullable String clientUserId) {
    Seeded session = session(sessionId);
    if (clientUserId == null) {
      clientUserIds.remove(session.id());
    } else {
      clientUserIds.put(session.id(), clientUserId);
    }
    return session;
  }

  private void putClientUserId(ObjectNode json, Seeded session) {
    String clientUserId = clientUserIds.get(session.id());
    if (clientUserId == null) {
      json.putNull("client_user_id");
    } else {
      json.put("client_user_id", clientUserId);
    }
  }

  /** Visitors most recently seen first, or most seen first for {@code sort=seen_count}, or oldest first for {@code first_seen}. */
  List<Visitor> visitors(String search, String sort) {
    List<Visitor> found = new ArrayList<>();
    for (Visitor visitor : visitorsById.values()) {
      Seeded latest = visitor.sessions().get(visitor.sessions().size() - 1);
      if (search == null || matches(search, visitor.id(), latest.ipAddress(), latest.profile().userAgent())) {
        found.add(visitor);
      }
    }
    if ("seen_count".equals(sort)) {
      found.sort(Comparator.comparingInt((Visitor v) -> v.sessions().size()).reversed());
    } else if ("first_seen".equals(sort)) {
      found.sort(Comparator.comparing(Visitor::firstSeen));
    }
    return found;
  }

  Visitor visitor(String id) {
    Visitor visitor = visitorsById.get(id);
    if (visitor == null) {
      throw ApiProblem.notFound("visitor fingerprint", id);
    }
    return visitor;
  }

  private static boolean matches(String search, String... values) {
    String needle = search.toLowerCase(Locale.ROOT);
    for (String value : values) {
      if (value.toLowerCase(Locale.ROOT).contains(needle)) {
        return true;
      }
    }
    return false;
  }

  // Rendering, in the API's shapes.

  ObjectNode summary(Seeded session) {
    ObjectNode json = JSON.objectNode();
    json.put("object", "session");
    json.put("id", session.id());
    json.put("created_at", ApiTimestamps.format(session.createdAt()));
    putClientUserId(json, session);
    json.set("latest_decision", decision(session));
    json.set("visitor_fingerprint", visitorLink(session));
    return json;
  }

  ObjectNode detail(Seeded session) {
    SessionProfile profile = session.profile();
    Instant evaluatedAt = evaluatedAt(session);
    ObjectNode json = JSON.objectNode();
    json.put("object", "session");
    json.put("id", session.id());
    json.put("created_at", ApiTimestamps.format(session.createdAt()));
    putClientUserId(json, session);
    ObjectNode decision = json.putObject("decision");
    decision.put("event_id", session.eventId());
    decision.put("automation_status", profile.automationStatus());
    decision.put("risk_score", session.riskScore());
    decision.put("evaluation_phase", "behavioral");
    decision.put("decision_status", "final");
    decision.put("evaluated_at", ApiTimestamps.format(evaluatedAt));
    ArrayNode highlights = json.putArray("highlights");
    for (String[] highlight : profile.highlights()) {
      highlights.addObject()
          .put("key", highlight[0])
          .put("effect", highlight[1])
          .put("importance", highlight[2])
          .put("summary", highlight[3]);
    }
    if (profile.attribution().isEmpty()) {
      json.putNull("attribution");
    } else {
      ObjectNode attribution = json.putObject("attribution");
      ArrayNode labels = attribution.putArray("labels");
      for (String[] label : profile.attribution()) {
        labels.addObject()
            .put("kind", label[0])
            .put("value", label[1])
            .put("label", label[2])
            .put("confidence", Integer.parseInt(label[3]));
      }
      attribution.putArray("behaviors");
    }
    json.putNull("web_bot_auth");
    json.set("network", network(session, evaluatedAt));
    ObjectNode integrity = json.putObject("runtime_integrity");
    String automation = profile.verdict().equals("bot") ? "high_risk" : "clean";
    integrity.put("tampering", automation);
    integrity.put("developer_tools", "clean");
    integrity.put("emulation", "clean");
    integrity.put("virtualization", automation);
    integrity.put("privacy_hardening", profile.vpn() ? "notice" : "clean");
    integrity.put("identity_spoofing", "clean");
    integrity.put("replay", "clean");
    integrity.put("outdated_environment", "clean");
    json.putNull("native_runtime_integrity");
    json.putNull("native_app");
    json.putNull("native_carrier");
    json.putNull("native_motion_print");
    json.putNull("device_identity");
    json.putNull("install_id");
    ObjectNode visitor = visitorLink(session);
    visitor.set("resolution", resolution(session));
    ObjectNode lifecycle = visitor.putObject("lifecycle");
    lifecycle.put("first_seen_at", ApiTimestamps.format(session.visitor().firstSeen()));
    lifecycle.put("last_seen_at", ApiTimestamps.format(evaluatedAt));
    lifecycle.put("seen_count", session.visitor().sessions().indexOf(session) + 1);
    json.set("visitor_fingerprint", visitor);
    ObjectNode connection = json.putObject("connection_fingerprint");
    String family = profile.engine().equals("blink") ? "chromium" : profile.engine();
    ObjectNode ja4 = connection.putObject("ja4");
    ja4.put("hash", ja4(profile));
    ja4.put("profile", profile.browserName().toLowerCase(Locale.ROOT));
    ja4.put("family", family);
    ja4.put("product", profile.browserName().toLowerCase(Locale.ROOT));
    ja4.put("confidence", "exact");
    ja4.put("match_source", "full_ja4");
    ObjectNode reference = ja4.putObject("reference");
    reference.put("label", profile.browserName());
    reference.put("source", "master_db");
    reference.put("protocol", "t");
    reference.put("tls_version", "13");
    reference.put("sni", "d");
    reference.put("alpn", "h2");
    int ciphers = Integer.parseInt(ja4(profile).substring(4, 6));
    int extensions = Integer.parseInt(ja4(profile).substring(6, 8));
    reference.putObject("cipher_count").put("min", ciphers).put("max", ciphers);
    reference.putObject("ext_count").put("min", extensions).put("max", extensions);
    reference.put("sample_size", 1);
    reference.put("verified", true);
    ja4.put("deterministic", true);
    connection.putObject("http2")
        .put("akamai_fingerprint", "1:65536;4:131072;5:16384|12517377|0|m,p,a,s")
        .put("profile", profile.browserName().toLowerCase(Locale.ROOT));
    connection.put("user_agent_alignment", profile.verdict().equals("bot") ? "mismatch" : "match");
    json.putArray("previous_decisions");
    ObjectNode request = json.putObject("request");
    request.put("url", session.url());
    request.put("referrer", "https://shop.example.com/");
    request.put("user_agent", profile.userAgent());
    ObjectNode browser = json.putObject("browser");
    browser.put("name", profile.browserName());
    browser.put("version", profile.browserVersion());
    browser.put("major_version", profile.browserVersion().split("\\.")[0]);
    browser.put("engine", profile.engine());
    browser.putNull("app_name");
    json.set("device", device(session));
    ObjectNode coverage = json.putObject("analysis_coverage");
    for (String area : new String[] {"browser", "device", "network", "runtime", "behavioral", "visitor_identity"}) {
      coverage.put(area, true);
    }
    ArrayNode signals = json.putArray("signals_fired");
    for (String[] signal : profile.signals()) {
      signals.addObject()
          .put("signal", signal[0])
          .put("role", signal[1])
          .put("category", signal[2])
          .put("strength", signal[3])
          .put("signal_score", Integer.parseInt(signal[4]));
    }
    json.set("client_telemetry", telemetry(session));
    json.set("behavior", behavior(session));
    return json;
  }

  /**
   * How the session was tied to its visitor: a visitor's first session is a new visitor; later
   * ones of people continue from a saved identifier, the others match by fingerprint.
   */
  private static ObjectNode resolution(Seeded session) {
    ObjectNode resolution = JSON.objectNode();
    if (session.visitor().sessions().indexOf(session) == 0) {
      resolution.put("method", "new");
      resolution.putNull("basis");
    } else if (session.profile().verdict().equals("human")) {
      resolution.put("method", "continuity");
      resolution.put("basis", "deterministic");
    } else {
      resolution.put("method", "fingerprint");
      resolution.put("basis", "probabilistic");
    }
    return resolution;
  }

  /**
   * The behavior ledger of a session's checkout form: filled in by hand on the desktop, pasted
   * through a VPN, and injected at machine speed by a headless browser. Sessions from the phone
   * profile have none (null), as when an organization's ledger access is off.
   */
  private static JsonNode behavior(Seeded session) {
    SessionProfile profile = session.profile();
    if (profile.formFactor().equals("mobile")) {
      return JSON.nullNode();
    }
    ObjectNode behavior = JSON.objectNode();
    ObjectNode assessment = behavior.putObject("assessment");
    ArrayNode findings = assessment.putArray("findings");
    ArrayNode fields = behavior.putArray("fields");
    switch (profile.verdict()) {
      case "bot":
        assessment.put("tier", "high");
        findings.add("Injected field fill").add("Typed at machine speed");
        field(fields, 1846239011L, "Email", "email", "machine_speed", "risk", 1, 24, 0, 0, 31, 1.0, 0.02);
        field(fields, 1234567890L, "Phone number", "phone", "changed_without_input", "risk", 0, 0, 0, 0, 0, null, null);
        break;
      case "inconclusive":
        assessment.put("tier", "elevated");
        findings.add("Credentials pasted");
        field(fields, 1846239011L, "Email", "email", "typed_with_edits", "manual", 27, 23, 0, 2, 5210, 168.0, 0.61);
        field(fields, 402117293L, "Password", "password", "pasted", "notice", 1, 0, 1, 0, 740, null, null);
        break;
      default:
        assessment.put("tier", "none");
        field(fields, 1846239011L, "Email", "email", "typed", "manual", 22, 22, 0, 0, 4630, 182.0, 0.54);
        field(fields, 402117293L, "Password", "password", "autofilled", "assisted", 1, 0, 0, 0, 320, null, null);
        break;
    }
    behavior.putObject("coverage")
        .put("fields_tracked", fields.size())
        .put("fields_dropped", 0)
        .put("complete", true);
    return behavior;
  }

  private static void field(
      ArrayNode fields,
      long hash,
      String displayName,
      String role,
      String entryMode,
      String tone,
      int inputCount,
      int typedChars,
      int pasteCount,
      int corrections,
      int dwellMs,
      @Nullable Double medianIntervalMs,
      @Nullable Double intervalCv) {
    ObjectNode field = fields.addObject();
    field.put("field_hash", hash);
    field.put("display_name", displayName);
    field.put("field_role", role);
    field.put("entry_mode", entryMode);
    field.put("tone", tone);
    ObjectNode mechanics = field.putObject("mechanics");
    mechanics.put("input_count", inputCount);
    mechanics.put("typed_chars", typedChars);
    mechanics.put("paste_count", pasteCount);
    mechanics.put("correction_count", corrections);
    mechanics.put("dwell_ms", dwellMs);
    mechanics.put("median_interval_ms", medianIntervalMs);
    mechanics.put("interval_cv", intervalCv);
  }

  static ObjectNode fingerprintSummary(Visitor visitor) {
    Seeded latest = visitor.sessions().get(visitor.sessions().size() - 1);
    ObjectNode json = JSON.objectNode();
    json.put("object", "visitor_fingerprint");
    json.put("id", visitor.id());
    ObjectNode lifecycle = json.putObject("lifecycle");
    lifecycle.put("first_seen_at", ApiTimestamps.format(visitor.firstSeen()));
    lifecycle.put("last_seen_at", ApiTimestamps.format(visitor.lastSeen()));
    lifecycle.put("seen_count", visitor.sessions().size());
    lifecycle.put("expires_at", ApiTimestamps.format(visitor.lastSeen().plus(Duration.ofDays(90))));
    json.putObject("latest_request")
        .put("user_agent", latest.profile().userAgent())
        .put("ip_address", latest.ipAddress());
    json.set("storage", storage(visitor.profile(), false));
    ObjectNode anchors = json.putObject("anchors");
    anchors.put("webgl_hash", "wgl_" + visitor.id().substring(4, 12));
    anchors.put("parameters_hash", "prm_" + visitor.id().substring(12, 20));
    anchors.put("audio_hash", "aud_" + visitor.id().substring(20, 28));
    return json;
  }

  static ObjectNode fingerprintDetail(Visitor visitor) {
    ObjectNode json = fingerprintSummary(visitor);
    ArrayNode vector = json.putObject("components").putArray("vector");
    for (char c : visitor.id().substring(4, 16).toCharArray()) {
      vector.add(c % 2);
    }
    ArrayNode sessions = json.putObject("activity").putArray("sessions");
    for (int i = visitor.sessions().size() - 1; i >= 0; i--) {
      Seeded session = visitor.sessions().get(i);
      ObjectNode item = sessions.addObject();
      item.put("session_id", session.id());
      item.set("decision", decision(session));
      item.putObject("request")
          .put("url", session.url())
          .put("user_agent", session.profile().userAgent())
          .put("ip_address", session.ipAddress())
          .put("screen_size", session.profile().screenSize())
          .put("is_touch_capable", session.profile().touch());
      item.putObject("score_breakdown")
          .putObject("categories")
          .put(session.profile().verdict().equals("bot") ? "environment" : "behavioral", session.riskScore());
    }
    return json;
  }

  static ObjectNode verification(Seeded session) {
    ObjectNode json = JSON.objectNode();
    json.put("object", "session_verification");
    json.put("session_id", session.id());
    json.set("decision", decision(session));
    json.putObject("request")
        .put("user_agent", session.profile().userAgent())
        .put("url", session.url())
        .put("screen_size", session.profile().screenSize())
        .put("is_touch_capable", session.profile().touch())
        .put("ip_address", session.ipAddress());
    json.set("visitor_fingerprint", visitorLink(session));
    ArrayNode signals = json.putArray("signals");
    for (String[] signal : session.profile().signals()) {
      signals.addObject()
          .put("id", signal[0])
          .put("category", signal[2])
          .put("confidence", signal[3])
          .put("score", Integer.parseInt(signal[4]));
    }
    json.putObject("score_breakdown")
        .putObject("categories")
        .put(session.profile().verdict().equals("bot") ? "environment" : "behavioral", session.riskScore());
    json.putObject("attribution").putNull("bot");
    json.putNull("embed");
    return json;
  }

  private static ObjectNode decision(Seeded session) {
    ObjectNode decision = JSON.objectNode();
    decision.put("event_id", session.eventId());
    decision.put("verdict", session.profile().verdict());
    decision.put("risk_score", session.riskScore());
    decision.put("phase", "behavioral");
    decision.put("is_provisional", false);
    decision.putObject("manipulation")
        .put("score", session.profile().verdict().equals("bot") ? 71 : 0)
        .put("verdict", session.profile().verdict().equals("bot") ? "high" : "none");
    decision.put("evaluation_duration_ms", session.evaluationMillis());
    decision.put("evaluated_at", ApiTimestamps.format(evaluatedAt(session)));
    return decision;
  }

  private static ObjectNode visitorLink(Seeded session) {
    ObjectNode link = JSON.objectNode();
    link.put("object", "visitor_fingerprint");
    link.put("id", session.visitor().id());
    link.put("confidence", session.profile().verdict().equals("human") ? 94 : 81);
    link.put("identified_at", ApiTimestamps.format(session.createdAt().plusSeconds(1)));
    return link;
  }

  private static ObjectNode network(Seeded session, Instant evaluatedAt) {
    SessionProfile profile = session.profile();
    String[] place = session.place();
    ObjectNode network = JSON.objectNode();
    network.put("ip_address", session.ipAddress());
    network.put("ip_version", "ipv4");
    network.put("status", "ready");
    network.put(
        "summary",
        profile.hosting()
            ? "This IP belongs to a cloud hosting provider."
            : profile.vpn() ? "This IP appears associated with VPN traffic." : "A residential network.");
    ObjectNode location = network.putObject("location");
    location.put("city", place[0]);
    location.put("region", place[1]);
    location.put("country", place[2]);
    location.put("country_code", place[3]);
    location.put("latitude", Double.parseDouble(place[4]));
    location.put("longitude", Double.parseDouble(place[5]));
    location.put("timezone", place[6]);
    location.put("postal_code", place[7]);
    location.put("accuracy_radius_km", profile.hosting() ? 100 : 20);
    network.putObject("routing")
        .put("asn", profile.hosting() ? "64500" : "64510")
        .put("organization", profile.hosting() ? "Example Cloud" : "Example Broadband");
    network.putObject("anonymity")
        .put("vpn", profile.vpn())
        .put("proxy", false)
        .put("tor", false)
        .put("relay", false)
        .put("hosting", profile.hosting())
        .put("residential_proxy", false)
        .put("callback_proxy", false)
        .put("provider", profile.vpn() ? "Example VPN" : null);
    ObjectNode reputation = network.putObject("reputation");
    reputation.put("listed", profile.vpn() || profile.hosting());
    ArrayNode categories = reputation.putArray("categories");
    ObjectNode evidence = network.putObject("evidence");
    ArrayNode riskSignals = evidence.putArray("risk_signals");
    ArrayNode operatorTags = evidence.putArray("operator_tags");
    if (profile.vpn()) {
      categories.add("vpn");
      riskSignals.add("vpn");
      operatorTags.add("vpn");
    } else if (profile.hosting()) {
      categories.add("hosting");
      riskSignals.add("hosting");
      operatorTags.add("cloud");
    }
    reputation.put("suspicious_network", profile.hosting());
    evidence.putArray("client_types").add(profile.hosting() ? "server" : "consumer");
    evidence.put("client_count", profile.hosting() ? 40 : 2);
    network.put("evaluated_at", ApiTimestamps.format(evaluatedAt));
    return network;
  }

  private static ObjectNode device(Seeded session) {
    SessionProfile profile = session.profile();
    ObjectNode device = JSON.objectNode();
    device.put("form_factor", profile.formFactor());
    device.putObject("operating_system").put("name", profile.osName()).put("version", profile.osVersion());
    device.put("architecture", profile.formFactor().equals("mobile") ? "arm" : "x86");
    device.putObject("screen")
        .put("size", profile.screenSize())
        .put("color_depth", 24)
        .put("pixel_ratio", profile.formFactor().equals("mobile") ? 3 : 2)
        .put("orientation_type", profile.formFactor().equals("mobile") ? "portrait-primary" : "landscape-primary");
    ObjectNode locale = device.putObject("locale");
    locale.put("timezone", session.place()[6]);
    locale.put("primary_language", "en-US");
    locale.putArray("languages").add("en-US").add("en");
    ObjectNode capabilities = device.putObject("capabilities");
    capabilities.putObject("touch")
        .put("available", profile.touch())
        .put("max_touch_points", profile.touch() ? 5 : 0);
    capabilities.set("storage", storage(profile, false));
    capabilities.putObject("webgpu").put("available", false);
    capabilities.putObject("platform_authenticator")
        .put("available", !profile.verdict().equals("bot"))
        .put("conditional_mediation", !profile.verdict().equals("bot"));
    capabilities.putObject("media_devices").put("available", !profile.verdict().equals("bot"));
    capabilities.putObject("speech_synthesis").put("available", !profile.verdict().equals("bot"));
    return device;
  }

  private static ObjectNode storage(SessionProfile profile, boolean withSessionStorage) {
    boolean full = !profile.verdict().equals("bot");
    ObjectNode storage = JSON.objectNode();
    storage.put("cookies", true);
    storage.put("local_storage", true);
    if (withSessionStorage) {
      storage.put("session_storage", true);
    }
    storage.put("indexed_db", true);
    storage.put("service_worker", full);
    storage.put("window_name", full);
    return storage;
  }

  private static ObjectNode telemetry(Seeded session) {
    SessionProfile profile = session.profile();
    ObjectNode telemetry = JSON.objectNode();
    ObjectNode navigator = telemetry.putObject("navigator");
    // User-Agent Client Hints give a model class on Android only; these profiles report none.
    navigator.putNull("model");
    navigator.put("platform", profile.osName());
    navigator.put("vendor", profile.engine().equals("gecko") ? "" : "Google Inc.");
    navigator.put("hardware_concurrency", profile.formFactor().equals("mobile") ? 6 : 8);
    navigator.putNull("device_memory");
    navigator.put("max_touch_points", profile.touch() ? 5 : 0);
    navigator.put("pdf_viewer_enabled", !profile.verdict().equals("bot"));
    navigator.put("cookie_enabled", true);
    navigator.put("product_sub", "20030107");
    navigator.put("primary_language", "en-US");
    navigator.putArray("languages").add("en-US").add("en");
    navigator.put("mime_types_count", profile.verdict().equals("bot") ? 0 : 2);
    navigator.putArray("plugins");
    telemetry.set("storage", storage(profile, true));
    long hash = Integer.toUnsignedLong(session.visitor().id().hashCode());
    ObjectNode canvas = telemetry.putObject("canvas");
    canvas.put("hash", hash);
    canvas.put("geometry_hash", hash ^ 0x5a5a5aL);
    canvas.put("text_hash", hash ^ 0x3c3c3cL);
    canvas.putNull("winding");
    canvas.put("noise_detected", false);
    canvas.put("offscreen_consistent", true);
    ObjectNode graphics = telemetry.putObject("graphics");
    ObjectNode webgl = graphics.putObject("webgl");
    webgl.put("vendor", profile.verdict().equals("bot") ? "Google Inc. (Google)" : "Apple Inc.");
    webgl.put("renderer", profile.verdict().equals("bot") ? "ANGLE (Google, SwiftShader)" : "Apple GPU");
    webgl.put("version", "WebGL 1.0");
    webgl.put("shading_language_version", "WebGL GLSL ES 1.0");
    webgl.put("parameters_hash", "prm_" + session.visitor().id().substring(12, 20));
    webgl.put("extensions_hash", hash % 1_000_000);
    webgl.putNull("extension_parameters_hash");
    webgl.putNull("shader_precision_hash");
    ObjectNode webgpu = graphics.putObject("webgpu");
    webgpu.put("available", false);
    webgpu.putNull("adapter_vendor");
    webgpu.putNull("adapter_architecture");
    webgpu.putNull("fallback_adapter");
    webgpu.putNull("features_hash");
    webgpu.putNull("limits_hash");
    ObjectNode audio = telemetry.putObject("audio");
    audio.put("hash", 124.04 + (hash % 100) / 1000.0);
    audio.put("sample_rate", 48000);
    audio.put("channel_count", 2);
    audio.put("voice_count", profile.verdict().equals("bot") ? 0 : 12);
    audio.put("local_voice_count", profile.verdict().equals("bot") ? 0 : 12);
    audio.put("default_voice_lang", "en-US");
    audio.put("noise_detected", false);
    ObjectNode fonts = telemetry.putObject("fonts");
    fonts.put("detected_count", profile.verdict().equals("bot") ? 3 : 41);
    fonts.put("tested_count", 60);
    fonts.put("enumeration_hash", hash % 4_000_000_000L);
    fonts.putNull("metrics_hash");
    fonts.putNull("preferences_hash");
    fonts.putNull("emoji_hash");
    ObjectNode media = telemetry.putObject("media");
    media.put("device_count", profile.verdict().equals("bot") ? 0 : 3);
    media.putObject("counts_by_kind").put("audiooutput", profile.verdict().equals("bot") ? 0 : 1);
    media.put("blank_label_count", 0);
    media.putNull("topology_hash");
    return telemetry;
  }

  private static Instant evaluatedAt(Seeded session) {
    return session.createdAt().plusSeconds(5);
  }

  private static String ja4(SessionProfile profile) {
    return switch (profile.engine()) {
      case "gecko" -> "t13d1715h2_5b57614c22b0_7121afd63204";
      case "webkit" -> "t13d2014h2_a09f3c656075_14788d8d241b";
      default -> "t13d1516h2_8daaf6152771_02713d6af862";
    };
  }
}
