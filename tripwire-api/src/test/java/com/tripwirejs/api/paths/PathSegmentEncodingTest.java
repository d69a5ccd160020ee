package com.tripwirejs.api.paths;

import static org.assertj.core.api.Assertions.assertThat;

import com.tripwirejs.api.Page;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.sessions.SessionListParams;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.Fixtures;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Received;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.api.support.TransportKind;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.session.SessionDetail;
import com.tripwirejs.model.session.SessionSummary;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Ids are literal path segments: whatever characters an id holds, it reaches the server as
 * exactly one percent-encoded segment, so that it can never climb the path, start a query or a
 * fragment, or otherwise change the route. Asserted on the raw path the server received, on both
 * transports, blocking and non-blocking; query values are checked the same way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PathSegmentEncodingTest {

  /** Ids and the exact segment each must become. */
  private static final Map<String, String> IDS =
      Map.ofEntries(
          Map.entry("a/b", "a%2Fb"),
          Map.entry("../admin", "..%2Fadmin"),
          Map.entry("..", "%2E%2E"),
          Map.entry(".", "%2E"),
          Map.entry("x?y=1", "x%3Fy%3D1"),
          Map.entry("%2F", "%252F"),
          Map.entry("#frag", "%23frag"),
          Map.entry("a b", "a%20b"),
          Map.entry("a+b", "a%2Bb"),
          Map.entry("café", "caf%C3%A9"),
          Map.entry("日本", "%E6%97%A5%E6%9C%AC"),
          Map.entry("sid;v=1,2", "sid%3Bv%3D1%2C2"),
          Map.entry("a\\b", "a%5Cb"),
          Map.entry("sid_AZaz09-._~", "sid_AZaz09-._~"));

  private Fixtures fixtures;
  private LoopbackApi server;

  @BeforeAll
  void start() {
    fixtures = Fixtures.current();
    server = new LoopbackApi();
    byte[] detail = fixtures.bytes("api/sessions/detail.json");
    byte[] list = fixtures.bytes("api/sessions/list.json");
    byte[] revoked = fixtures.bytes("api/organizations/api-key-revoke.json");
    // Only the routes of the operations under test answer (below an optional /proxy/tripwire
    // prefix); a route changed by an id gets a 404.
    server.answer(
        request -> {
          List<String> segments = request.rawSegments();
          if (segments.size() > 2 && segments.subList(0, 2).equals(List.of("proxy", "tripwire"))) {
            segments = segments.subList(2, segments.size());
          }
          if (segments.equals(List.of("v1", "sessions"))) {
            return Reply.json(200, list);
          }
          if (segments.size() == 3 && segments.get(0).equals("v1") && segments.get(1).equals("sessions")) {
            return Reply.json(200, detail);
          }
          if (segments.size() == 5 && segments.get(1).equals("organizations") && segments.get(3).equals("api-keys")) {
            return Reply.json(200, revoked);
          }
          return Reply.json(404, "{}");
        });
  }

  @AfterAll
  void stop() {
    // Null when the spec is not configured and start() was skipped.
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void clear() {
    server.clear();
  }

  static Stream<Arguments> transportsAndModes() {
    return Stream.of(TransportKind.values())
        .flatMap(t -> Stream.of(CallMode.values()).map(m -> Arguments.of(t, m)));
  }

  @ParameterizedTest
  @MethodSource("transportsAndModes")
  void everyIdIsExactlyOneEncodedSegment(TransportKind transport, CallMode mode) {
    try (HttpTransport sender = transport.create(); TripwireClient client = client(sender, server.baseUrl())) {
      for (Map.Entry<String, String> id : IDS.entrySet()) {
        server.clear();
        SessionDetail detail = mode.call(client, c -> c.sessions().get(id.getKey()), a -> a.sessions().get(id.getKey()));
        assertThat(detail).as("the session route answered for %s", id.getKey()).isNotNull();

        Received received = single();
        assertThat(received.rawPath()).as("raw path for id %s", id.getKey()).isEqualTo("/v1/sessions/" + id.getValue());
        assertThat(received.rawQuery()).as("query for id %s", id.getKey()).isNull();
        assertThat(decode(received.rawSegments().get(2))).isEqualTo(id.getKey());
      }
    }
  }

  @ParameterizedTest
  @MethodSource("transportsAndModes")
  void idsInSeveralSegmentsStayInTheirOwnSegment(TransportKind transport, CallMode mode) {
    try (HttpTransport sender = transport.create(); TripwireClient client = client(sender, server.baseUrl())) {
      ApiKey key =
          mode.call(
              client,
              c -> c.organizations().apiKeys().revoke("../..", "key/../../x?y#z"),
              a -> a.organizations().apiKeys().revoke("../..", "key/../../x?y#z"));
      assertThat(key).isNotNull();
      assertThat(single().rawPath()).isEqualTo("/v1/organizations/..%2F../api-keys/key%2F..%2F..%2Fx%3Fy%23z");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void aPathPrefixOfTheBaseUrlIsKeptAndIdsStayInsideIt(TransportKind transport) {
    try (HttpTransport sender = transport.create();
        TripwireClient client = client(sender, server.baseUrl() + "/proxy/tripwire/")) {
      assertThat(client.sessions().get("../../admin")).isNotNull();
      assertThat(single().rawPath()).isEqualTo("/proxy/tripwire/v1/sessions/..%2F..%2Fadmin");
    }
  }

  @ParameterizedTest
  @EnumSource(TransportKind.class)
  void queryValuesAreEncodedAndCannotAddParameters(TransportKind transport) {
    String search = "a&limit=1 b/é#x?+";
    String cursor = "cur=2&verdict=human";
    try (HttpTransport sender = transport.create(); TripwireClient client = client(sender, server.baseUrl())) {
      Page<SessionSummary> page =
          client.sessions().list(SessionListParams.builder().limit(7).search(search).cursor(cursor).build());
      assertThat(page.items()).isNotEmpty();
    }
    Received received = single();
    assertThat(received.rawPath()).isEqualTo("/v1/sessions");
    assertThat(received.rawQuery()).doesNotContain("#", " ", "é");
    assertThat(received.query())
        .containsExactly(Map.entry("limit", "7"), Map.entry("cursor", cursor), Map.entry("search", search));
  }

  private Received single() {
    List<Received> received = server.received();
    assertThat(received).hasSize(1);
    return received.get(0);
  }

  private static TripwireClient client(HttpTransport transport, String baseUrl) {
    return TripwireClient.builder().baseUrl(baseUrl).secretKey("sk_test_paths").transport(transport).build();
  }

  private static String decode(String segment) {
    return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}
