package com.tripwirejs.gate.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.api.support.MockTripwireServer;
import com.tripwirejs.api.support.TransportKind;
import com.tripwirejs.gate.TripwireGate;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.model.common.Envelope;
import com.tripwirejs.model.common.ListEnvelope;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.model.spec.SchemaTypes;
import com.tripwirejs.model.spec.TripwireSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.mockserver.integration.ClientAndServer;
import org.mockserver.model.Header;
import org.mockserver.model.HttpRequest;

/**
 * Gate's 14 operations against a real HTTP server (MockServer), for every generation of the
 * contract that has Gate (Foil as of July 2026 and Tripwire), on both transports, blocking and
 * non-blocking, through {@code TripwireGate.of(client)}: the server answers with the generation's
 * fixture for the operation (or the example of its response schema when the manifest has none),
 * and each case asserts the exact method, path, JSON body and Authorization header the SDK sent,
 * and the typed result.
 */
class GateContractTest {

  private static final String REQUEST_ID = "req_gate_contract_0123456789ab";

  @TestFactory
  Stream<DynamicContainer> everyGateOperationOfEveryGenerationOnEveryTransport() {
    return TripwireSpec.configuredWithGate().stream()
        .map(spec -> DynamicContainer.dynamicContainer(spec.toString(), tests(spec)));
  }

  @TestFactory
  Stream<DynamicTest> theSuiteCoversEveryGateOperationOfEachGeneration() {
    return TripwireSpec.configuredWithGate().stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.toString(),
                    () -> {
                      Set<String> inSpec = new TreeSet<>();
                      for (Iterator<Map.Entry<String, JsonNode>> paths =
                              spec.openapi().path("paths").properties().iterator();
                          paths.hasNext(); ) {
                        Map.Entry<String, JsonNode> path = paths.next();
                        if (path.getKey().startsWith("/v1/gate/")) {
                          path.getValue().forEach(op -> inSpec.add(op.path("operationId").asText()));
                        }
                      }
                      Set<String> covered =
                          GateOperations.all(spec).stream()
                              .map(GateOperation::operationId)
                              .collect(Collectors.toCollection(TreeSet::new));
                      assertThat(covered).isEqualTo(inSpec).hasSize(14);
                    }));
  }

  private static Stream<DynamicTest> tests(TripwireSpec spec) {
    SchemaTypes types = GateSchemas.of(spec);
    List<DynamicTest> tests = new ArrayList<>();
    for (GateOperation operation : GateOperations.all(spec)) {
      for (TransportKind transport : TransportKind.values()) {
        for (boolean blocking : new boolean[] {true, false}) {
          tests.add(
              DynamicTest.dynamicTest(
                  operation + " on " + transport + (blocking ? " blocking" : " non-blocking"),
                  () -> run(spec, types, operation, transport, blocking)));
        }
      }
    }
    return tests.stream();
  }

  private static void run(
      TripwireSpec spec, SchemaTypes types, GateOperation operation, TransportKind transport, boolean blocking)
      throws Exception {
    MockTripwireServer mock = MockTripwireServer.shared();
    ClientAndServer server = mock.mock();
    Served served = served(spec, types, operation);
    mock.reset();
    org.mockserver.model.HttpResponse answer =
        response().withStatusCode(served.status).withHeader("x-request-id", REQUEST_ID);
    if (served.body != null) {
      answer = answer.withHeader("Content-Type", "application/json").withBody(served.body.toString());
    }
    server.when(request().withMethod(operation.method().toUpperCase()).withPath(operation.path())).respond(answer);

    Object result;
    try (HttpTransport sender = transport.create();
        TripwireClient client =
            TripwireClient.builder()
                .baseUrl(mock.baseUrl())
                .secretKey(GateOperations.SECRET_KEY)
                .environment(name -> null)
                .transport(sender)
                .build()) {
      TripwireGate gate = TripwireGate.of(client);
      result =
          blocking
              ? operation.blocking().apply(gate)
              : operation.nonBlocking().apply(gate.async()).get(30, TimeUnit.SECONDS);
    }

    List<HttpRequest> recorded = mock.received();
    assertThat(recorded).as("requests the server received").hasSize(1);
    HttpRequest sent = recorded.get(0);
    assertThat(sent.getMethod().getValue()).isEqualTo(operation.method().toUpperCase());
    assertThat(sent.getPath().getValue()).isEqualTo(operation.path());
    assertThat(sent.getQueryStringParameterList()).as("query parameters").isNullOrEmpty();
    assertThat(header(sent, "Authorization")).isEqualTo(operation.authorization());
    assertThat(header(sent, "Accept")).isEqualTo("application/json");
    if (operation.requestSchema() == null) {
      assertThat(sent.getBodyAsString()).as("request body").isNullOrEmpty();
    } else {
      assertThat(header(sent, "Content-Type")).startsWith("application/json");
      JsonNode expectedBody = spec.schema(operation.requestSchema()).get("example");
      JsonNode actualBody = TripwireJson.readTree(sent.getBodyAsString().getBytes(StandardCharsets.UTF_8));
      assertThat(JsonTrees.difference(expectedBody, actualBody)).as("request body").isEmpty();
    }
    switch (operation.result()) {
      case "none" -> assertThat(result).isNull();
      case "object" -> assertThat(result).isEqualTo(((Envelope<?>) read(served)).data());
      case "list" -> assertThat(result).isEqualTo(((ListEnvelope<?>) read(served)).data());
      default -> throw new AssertionError(operation.result());
    }
  }

  private static Object read(Served served) {
    return TripwireJson.read(served.body.toString().getBytes(StandardCharsets.UTF_8), served.type);
  }

  /** What the mock answers: the generation's fixture for the operation, else the schema example. */
  private static Served served(TripwireSpec spec, SchemaTypes types, GateOperation operation) {
    JsonNode responses = spec.operation(operation.method(), operation.specPath()).path("responses");
    for (TripwireSpec.FixtureEntry entry : spec.manifest()) {
      if (entry.method().equals(operation.method())
          && entry.path().equals(operation.specPath())
          && entry.status() < 300) {
        JsonNode body = entry.hasBody() ? spec.fixture(entry.file()) : null;
        JavaType type =
            body == null
                ? null
                : types.javaTypeOfRef(
                    responses.path(String.valueOf(entry.status())).path("content").path("application/json").path("schema"));
        return new Served(entry.status(), body, type);
      }
    }
    for (Iterator<String> it = responses.fieldNames(); it.hasNext(); ) {
      String status = it.next();
      if (status.startsWith("2")) {
        JsonNode schema = responses.get(status).path("content").path("application/json").path("schema");
        JsonNode body = schema.isMissingNode() ? null : spec.schema(SchemaTypes.refName(schema)).get("example");
        return new Served(Integer.parseInt(status), body, body == null ? null : types.javaTypeOfRef(schema));
      }
    }
    throw new AssertionError("No success response for " + operation.operationId());
  }

  private static String header(HttpRequest sent, String name) {
    for (Header header : sent.getHeaderList()) {
      if (header.getName().getValue().equalsIgnoreCase(name)) {
        return header.getValues().get(0).getValue();
      }
    }
    return null;
  }

  private record Served(int status, JsonNode body, JavaType type) {}
}
