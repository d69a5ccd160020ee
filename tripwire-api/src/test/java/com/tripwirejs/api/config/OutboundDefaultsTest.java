package com.tripwirejs.api.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.CallMode;
import com.tripwirejs.api.support.LoopbackApi;
import com.tripwirejs.api.support.LoopbackApi.Received;
import com.tripwirejs.api.support.LoopbackApi.Reply;
import com.tripwirejs.http.Headers;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.RetryPolicy;
import com.tripwirejs.http.TransportRequest;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.NotFoundException;
import com.tripwirejs.http.error.TripwireConfigurationException;
import com.tripwirejs.http.internal.SdkVersion;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.organization.CreateOrganizationRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What the client sends by default since the service is Foil: its host, the secret key from
 * {@code FOIL_SECRET_KEY} else {@code TRIPWIRE_SECRET_KEY}, the {@code X-Foil-Client} header; and
 * the one builder call that points it at the Tripwire host. Nothing here leaves the machine: calls
 * to the public hosts go to a transport that records them and answers 404 itself.
 */
class OutboundDefaultsTest {

  private static final String FOIL_KEY = "sk_test_from_foil_variable";
  private static final String TRIPWIRE_KEY = "sk_test_from_tripwire_variable";

  // ---------------------------------------------------------------------------------------------
  // The host

  @Test
  void theDefaultsAreFoilsNames() {
    assertThat(TripwireClient.DEFAULT_BASE_URL).isEqualTo("https://api.usefoil.com");
    assertThat(TripwireClient.SECRET_KEY_ENVIRONMENT_VARIABLE).isEqualTo("FOIL_SECRET_KEY");
    assertThat(TripwireClient.SECRET_KEY_ENVIRONMENT_VARIABLES).containsExactly("FOIL_SECRET_KEY", "TRIPWIRE_SECRET_KEY");
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void withoutABaseUrlCallsGoToFoilsHost(CallMode mode) {
    RecordingTransport transport = new RecordingTransport();
    try (TripwireClient client = TripwireClient.builder().transport(transport).environment(name -> null).secretKey("sk_test_host").build()) {
      assertThatThrownBy(() -> mode.call(client, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(transport.sent).singleElement().satisfies(request -> {
      assertThat(request.uri()).hasToString("https://api.usefoil.com/v1/sessions/sid_1");
      assertThat(request.headers().first("Authorization")).isEqualTo("Bearer sk_test_host");
    });
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void theDocumentedCallSendsToTheTripwireHostWithTheCurrentClientHeader(CallMode mode) {
    RecordingTransport transport = new RecordingTransport();
    try (TripwireClient client =
        TripwireClient.builder()
            .baseUrl(ServiceGeneration.TRIPWIRE.baseUrl())
            .transport(transport)
            .environment(name -> null)
            .secretKey("sk_test_host")
            .build()) {
      assertThatThrownBy(() -> mode.call(client, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")))
          .isInstanceOf(NotFoundException.class);
    }
    assertThat(transport.sent).singleElement().satisfies(request -> {
      assertThat(request.uri()).hasToString("https://api.tripwirejs.com/v1/sessions/sid_1");
      assertThat(request.headers().first("X-Foil-Client")).isEqualTo("tripwire-server-java/" + SdkVersion.VERSION);
      assertThat(request.headers().contains("X-Tripwire-Client")).isFalse();
    });
  }

  // ---------------------------------------------------------------------------------------------
  // The secret key from the environment

  @Test
  void foilSecretKeyWinsOverTripwireSecretKey() {
    Environment environment = new Environment(Map.of("FOIL_SECRET_KEY", FOIL_KEY, "TRIPWIRE_SECRET_KEY", TRIPWIRE_KEY));
    assertThat(authorizationSent(environment)).isEqualTo("Bearer " + FOIL_KEY);
    assertThat(environment.asked).as("the fallback is not read when FOIL_SECRET_KEY is set").containsExactly("FOIL_SECRET_KEY");
  }

  @Test
  void tripwireSecretKeyAloneWorks() {
    Environment environment = new Environment(Map.of("TRIPWIRE_SECRET_KEY", " " + TRIPWIRE_KEY + "\n"));
    assertThat(authorizationSent(environment)).isEqualTo("Bearer " + TRIPWIRE_KEY);
    assertThat(environment.asked).containsExactly("FOIL_SECRET_KEY", "TRIPWIRE_SECRET_KEY");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\t\n"})
  void aBlankFoilSecretKeyCountsAsUnset(String blank) {
    Environment environment = new Environment(Map.of("FOIL_SECRET_KEY", blank, "TRIPWIRE_SECRET_KEY", TRIPWIRE_KEY));
    assertThat(authorizationSent(environment)).isEqualTo("Bearer " + TRIPWIRE_KEY);
  }

  @Test
  void aKeyGivenToTheBuilderWinsOverBothVariables() {
    Environment environment = new Environment(Map.of("FOIL_SECRET_KEY", FOIL_KEY, "TRIPWIRE_SECRET_KEY", TRIPWIRE_KEY));
    RecordingTransport transport = new RecordingTransport();
    try (TripwireClient client =
        TripwireClient.builder().transport(transport).environment(environment).secretKey("sk_test_given").build()) {
      assertThatThrownBy(() -> client.sessions().get("sid_1")).isInstanceOf(NotFoundException.class);
    }
    assertThat(transport.sent.get(0).headers().first("Authorization")).isEqualTo("Bearer sk_test_given");
  }

  @ParameterizedTest
  @EnumSource(CallMode.class)
  void withNeitherVariableTheCallFailsNamingBothAndTheBuilderCall(CallMode mode) {
    for (Map<String, String> variables :
        List.of(Map.<String, String>of(), Map.of("FOIL_SECRET_KEY", " ", "TRIPWIRE_SECRET_KEY", "\t"))) {
      RecordingTransport transport = new RecordingTransport();
      try (TripwireClient client = TripwireClient.builder().transport(transport).environment(new Environment(variables)).build()) {
        Throwable thrown = catchThrowable(() -> mode.call(client, c -> c.sessions().get("sid_1"), a -> a.sessions().get("sid_1")));
        assertThat(thrown)
            .isInstanceOf(TripwireConfigurationException.class)
            .hasMessageContaining("getSession")
            .hasMessageContaining("TripwireClient.builder().secretKey(")
            .hasMessageContaining("FOIL_SECRET_KEY")
            .hasMessageContaining("TRIPWIRE_SECRET_KEY")
            .hasMessageStartingWith("No Foil secret key");
        // FOIL_SECRET_KEY is the one to set; the former name is named as the fallback.
        assertThat(thrown.getMessage().indexOf("FOIL_SECRET_KEY")).isLessThan(thrown.getMessage().indexOf("TRIPWIRE_SECRET_KEY"));
      }
      assertThat(transport.sent).as("nothing is sent without a key").isEmpty();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The client header, on the wire

  @Test
  void everyRequestNamesTheSdkInXFoilClientAndNeverInXTripwireClient() {
    AtomicInteger retried = new AtomicInteger();
    List<Received> received;
    try (LoopbackApi server = new LoopbackApi()) {
      server.answer(
          request ->
              request.rawPath().endsWith("/sid_retried") && retried.getAndIncrement() == 0
                  ? Reply.json(503, "{}")
                  : Reply.json(404, "{}"));
      RetryPolicy oneRetry =
          RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).maxBackoff(Duration.ofMillis(1)).jitter(0).build();
      CreateOrganizationRequest create = CreateOrganizationRequest.builder().name("Acme").slug("acme").build();
      // A base URL override with a path prefix, as for a proxy: the prefix is kept.
      try (TripwireClient client =
          TripwireClient.builder()
              .baseUrl(server.baseUrl() + "/foil-proxy/")
              .environment(new Environment(Map.of("TRIPWIRE_SECRET_KEY", TRIPWIRE_KEY)))
              .retryPolicy(oneRetry)
              .build()) {
        assertThatThrownBy(() -> client.sessions().get("sid_1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.organizations().create(create)).isInstanceOf(NotFoundException.class);
        TripwireClient view =
            client.withOptions(RequestOptions.builder().header("X-Trace-Id", "t-1").header("User-Agent", "mine/1").build());
        assertThatThrownBy(() -> view.sessions().get("sid_1")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> CallMode.await(client.async().organizations().create(create)))
            .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client.sessions().get("sid_retried")).isInstanceOf(NotFoundException.class);
      }
      received = server.received();
    }

    assertThat(received)
        .extracting(Received::rawPath)
        .containsExactly(
            "/foil-proxy/v1/sessions/sid_1",
            "/foil-proxy/v1/organizations",
            "/foil-proxy/v1/sessions/sid_1",
            "/foil-proxy/v1/organizations",
            "/foil-proxy/v1/sessions/sid_retried",
            "/foil-proxy/v1/sessions/sid_retried");
    assertThat(received).allSatisfy(request -> {
      assertThat(request.header("X-Foil-Client")).matches("tripwire-server-java/\\d+\\.\\d+\\.\\d+.*");
      assertThat(request.headers().keySet()).noneMatch(name -> name.regionMatches(true, 0, "X-Tripwire", 0, 10));
      assertThat(request.header("Authorization")).isEqualTo("Bearer " + TRIPWIRE_KEY);
    });
    assertThat(received.get(2).header("X-Trace-Id")).isEqualTo("t-1");
  }

  // ---------------------------------------------------------------------------------------------

  /** The Authorization header of one call made with a key from {@code environment}. */
  private static String authorizationSent(Environment environment) {
    RecordingTransport transport = new RecordingTransport();
    try (TripwireClient client = TripwireClient.builder().transport(transport).environment(environment).build()) {
      assertThatThrownBy(() -> client.sessions().get("sid_1")).isInstanceOf(NotFoundException.class);
    }
    assertThat(transport.sent).hasSize(1);
    return transport.sent.get(0).headers().first("Authorization");
  }

  /** An environment of fixed variables that records which names were read, in order. */
  private static final class Environment implements Function<String, String> {
    final Map<String, String> variables;
    final List<String> asked = new CopyOnWriteArrayList<>();

    Environment(Map<String, String> variables) {
      this.variables = new HashMap<>(variables);
    }

    @Override
    public String apply(String name) {
      asked.add(name);
      return variables.get(name);
    }
  }

  /** Records each request and answers it with a 404 error envelope, without any network. */
  private static final class RecordingTransport implements HttpTransport {
    final List<TransportRequest> sent = new CopyOnWriteArrayList<>();

    @Override
    public TransportResponse execute(TransportRequest request) {
      sent.add(request);
      return TransportResponse.of(
          404,
          Headers.of(Map.of("Content-Type", "application/json")),
          "{\"error\":{\"code\":\"request.not_found\",\"message\":\"No such session\"}}".getBytes(StandardCharsets.UTF_8));
    }
  }
}
