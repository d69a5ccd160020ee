package com.tripwirejs.testing.internal;

import java.util.List;

/**
 * A kind of visitor the seeded data is drawn from: the verdict the API reached, and the browser,
 * device, network and signals that led there.
 */
record SessionProfile(
    String verdict,
    String automationStatus,
    int minRisk,
    int maxRisk,
    String userAgent,
    String browserName,
    String browserVersion,
    String engine,
    String formFactor,
    String osName,
    String osVersion,
    String screenSize,
    boolean touch,
    boolean vpn,
    boolean hosting,
    List<String[]> highlights,
    List<String[]> signals,
    List<String[]> attribution) {

  /** The profiles, in the proportions the seeded data mixes them: mostly people, some bots. */
  static final List<SessionProfile> ALL =
      List.of(
          new SessionProfile(
              "human", "human", 2, 18,
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
              "Chrome", "131.0.0.0", "blink", "desktop", "macOS", "14.6.0", "1512x982", false, false, false,
              List.<String[]>of(new String[] {"browser_profile_consistent", "reduces_risk", "medium",
                  "Browser identity and device capabilities agree with each other."}),
              List.<String[]>of(new String[] {"consistent_browser_profile", "trust", "fingerprint", "moderate", "12"}),
              List.of()),
          new SessionProfile(
              "human", "human", 1, 14,
              "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
              "Safari", "18.1", "webkit", "mobile", "iOS", "18.1.0", "393x852", true, false, false,
              List.<String[]>of(new String[] {"natural_touch_input", "reduces_risk", "high",
                  "Touch input timing matches a person using a phone."}),
              List.<String[]>of(new String[] {"natural_touch_cadence", "trust", "behavioral", "strong", "18"}),
              List.of()),
          new SessionProfile(
              "bot", "automated", 88, 99,
              "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
              "Chrome", "131.0.0.0", "blink", "desktop", "Linux", "6.8.0", "1280x720", false, false, true,
              List.<String[]>of(
                  new String[] {"browser_automation", "increases_risk", "high",
                      "Browser automation markers were detected."},
                  new String[] {"hosting_network", "increases_risk", "medium",
                      "The session came from a cloud hosting network."}),
              List.<String[]>of(
                  new String[] {"webdriver_detected", "risk", "environment", "definitive", "100"},
                  new String[] {"headless_user_agent", "risk", "environment", "strong", "86"},
                  new String[] {"software_rendered_graphics_path", "risk", "fingerprint", "strong", "71"}),
              List.<String[]>of(
                  new String[] {"actor", "automation", "Automation", "96"},
                  new String[] {"tool", "playwright", "Playwright", "88"})),
          new SessionProfile(
              "inconclusive", "uncertain", 38, 62,
              "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
              "Firefox", "133.0", "gecko", "desktop", "Windows", "10.0", "1920x1080", false, true, false,
              List.<String[]>of(new String[] {"network_anonymity", "increases_risk", "medium",
                  "This session came through a VPN-associated network."}),
              List.<String[]>of(
                  new String[] {"vpn_associated_ip", "risk", "network", "moderate", "44"},
                  new String[] {"privacy_hardening_indicators", "risk", "environment", "weak", "23"}),
              List.of()));

  /** The profile of the {@code index}-th seeded session: people three times as often as bots. */
  static SessionProfile forDraw(int draw) {
    int slot = Math.floorMod(draw, 8);
    if (slot < 3) {
      return ALL.get(0);
    }
    if (slot < 6) {
      return ALL.get(1);
    }
    return slot == 6 ? ALL.get(2) : ALL.get(3);
  }
}
