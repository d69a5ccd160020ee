package com.tripwirejs.api.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockserver.model.HttpRequest.request;
import static org.mockserver.model.HttpResponse.response;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.api.Page;
import com.tripwirejs.api.TripwireClient;
import com.tripwirejs.http.HttpTransport;
import com.tripwirejs.model.common.Envelope;
import com.tripwirejs.model.common.ListEnvelope;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.model.spec.SchemaTypes;
import com.tripwirejs.model.spec.SpecGeneration;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.mockserver.model.Header;
import org.mockserver.model.HttpRequest;
import org.mockserver.model.Parameter;

/**
 * Every operation of openapi.json but Gate's, of every configured generation of the contract,
 * against a real HTTP server (MockServer), on both transports,
 * blocking and non-blocking: the server answers with the spec's fixture for the operation (or the
 * example of its response schema when the manifest has none), and the case asserts the exact
 * method, path, query, JSON body and Authorization header the SDK sent, and the typed result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractTest {

  private static final String REQUEST_ID = "req_contract_0123456789abcdef";

  private MockApi api;

  @BeforeAll
  void start() {
    api = new MockApi();
  }

  @AfterAll
  void stop() {
    if (api != null) {
      api.close();
    }
  }

  /**
   * The suite calls every operation of each generation but Gate's (paths under {@code /v1/gate},
   * the Gate module's): all 21 of today's contract, and those of the older generations.
   */
  @TestFactory
  Stream<DynamicTest> theSuiteCoversEveryCoreOperationOfEveryGeneration() {
    return TripwireSpec.configured().stream()
        .map(
            spec ->
                DynamicTest.dynamicTest(
                    spec.toString(),
                    () -> {
                      Set<String> inSpec = new TreeSet<>();
                      for (Iterator<Map.Entry<String, JsonNode>> paths = spec.openapi().path("paths").properties().iterator(); paths.hasNext(); ) {
                        Map.Entry<String, JsonNode> path = paths.next();
                        if (path.getKey().startsWith("/v1/gate")) {
                          continue;
                        }
                        for (JsonNode operation : path.getValue()) {
                          if (operation.has("operationId")) {
                            inSpec.add(operation.get("operationId").asText());
                          }
                        }
                      }
                      Set<String> covered =
                          ContractOperations.all(spec).stream()
                              .map(ContractOperation::operationId)
                              .collect(Collectors.toCollection(TreeSet::new));
                      assertThat(covered).isEqualTo(inSpec);
                      if (spec.generation() == SpecGeneration.FOIL) {
                        assertThat(covered).hasSize(21);
                      }
                    }));
  }

  @TestFactory
  Stream<DynamicTest> everyOperationOfEveryGenerationOnEveryTransportBlockingAndNonBlocking() {
    List<DynamicTest> tests = new ArrayList<>();
    for (TripwireSpec spec : TripwireSpec.configured()) {
      List<ContractOperation> operations = ContractOperations.all(spec);
      for (int i = 0; i < operations.size(); i++) {
        ContractOperation operation = operations.get(i);
        String name = spec + " " + operation.operationId() + (i > 0 && operations.get(i - 1).operationId().equals(operation.operationId()) ? " (" + i + ")" : "");
        for (MockApi.Transport transport : MockApi.Transport.values()) {
          for (boolean blocking : new boolean[] {true, false}) {
            tests.add(
                DynamicTest.dynamicTest(
                    name + " on " + transport + (blocking ? " blocking" : " non-blocking"),
                    () -> run(spec, operation, transport, blocking)));
          }
        }
      }
    }
    return tests.stream();
  }

  private void run(TripwireSpec spec, ContractOperation operation, MockApi.Transport transport, boolean blocking)
      throws Exception {
    Served served = served(spec, operation);
    api.server.reset();
    org.mockserver.model.HttpResponse answer =
        response().withStatusCode(served.status).withHeader("x-request-id", REQUEST_ID);
    if (served.body != null) {
      answer = answer.withHeader("Content-Type", "application/json").withBody(served.body.toString());
    }
    api.server
        .when(request().withMethod(operation.method().toUpperCase()).withPath(operation.path()))
        .respond(answer);

    Object result;
    try (HttpTransport sender = transport.create(); TripwireClient client = api.client(sender)) {
      result =
          blocking
              ? operation.blocking().apply(client)
              : operation.nonBlocking().apply(client.async()).get(30, TimeUnit.SECONDS);
    }

    HttpRequest[] recorded = api.server.retrieveRecordedRequests(request());
    assertThat(recorded).as("requests the server received").hasSize(1);
    HttpRequest sent = recorded[0];
    assertThat(sent.getMethod().getValue()).isEqualTo(operation.method().toUpperCase());
    assertThat(sent.getPath().getValue()).isEqualTo(operation.path());
    // MockServer records parameters in hash order; the order carries no meaning in a query.
    assertThat(queryOf(sent)).as("query parameters").containsExactlyInAnyOrderElementsOf(operation.query());
    assertThat(header(sent, "Authorization")).isEqualTo(operation.authorization());
    assertThat(header(sent, "Accept")).isEqualTo("application/json");
    assertThat(header(sent, "X-Foil-Client")).matches("tripwire-server-java/\\d+\\.\\d+\\.\\d+.*");
    if (operation.requestSchema() == null) {
      assertThat(sent.getBodyAsString()).as("request body").isNullOrEmpty();
    } else {
      assertThat(header(sent, "Content-Type")).startsWith("application/json");
      JsonNode expectedBody = spec.schema(operation.requestSchema()).get("example");
      JsonNode actualBody = TripwireJson.readTree(sent.getBodyAsString().getBytes(StandardCharsets.UTF_8));
      assertThat(JsonTrees.difference(expectedBody, actualBody)).as("request body").isEmpty();
    }
    assertResult(operation, served, result);
  }

  private void assertResult(ContractOperation operation, Served served, Object result) {
    if (operation.result().equals("none")) {
      assertThat(result).isNull();
      return;
    }
    Object envelope =
        TripwireJson.read(served.body.toString().getBytes(StandardCharsets.UTF_8), served.type);
    switch (operation.result()) {
      case "object":
        assertThat(result).isEqualTo(((Envelope<?>) envelope).data());
        break;
      case "list":
        assertThat(result).isEqualTo(((ListEnvelope<?>) envelope).data());
        break;
      case "page":
        ListEnvelope<?> list = (ListEnvelope<?>) envelope;
        Page<?> page = (Page<?>) result;
        assertThat(page.items()).isEqualTo(list.data());
        assertThat(page.limit()).isEqualTo(list.pagination().limit());
        assertThat(page.hasMore()).isEqualTo(list.pagination().hasMore());
        assertThat(page.nextCursor()).isEqualTo(list.pagination().nextCursor());
        assertThat(page.requestId()).isEqualTo(list.meta().requestId());
        break;
      default:
        throw new AssertionError(operation.result());
    }
  }

  /** What the mock answers for an operation: the manifest's fixture, else the schema example. */
  private static Served served(TripwireSpec spec, ContractOperation operation) {
    SchemaTypes types = new SchemaTypes(spec);
    for (TripwireSpec.FixtureEntry entry : spec.manifest()) {
      if (entry.method().equals(operation.method())
          && entry.path().equals(operation.specPath())
          && entry.status() < 300) {
        JsonNode body = entry.hasBody() ? spec.fixture(entry.file()) : null;
        return new Served(entry.status(), body, body == null ? null : responseType(spec, types, operation, entry.status()));
      }
    }
    JsonNode responses = spec.operation(operation.method(), operation.specPath()).path("responses");
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

  private static JavaType responseType(
      TripwireSpec spec, SchemaTypes types, ContractOperation operation, int status) {
    JsonNode schema =
        spec.operation(operation.method(), operation.specPath())
            .path("responses").path(String.valueOf(status)).path("content").path("application/json").path("schema");
    return types.javaTypeOfRef(schema);
  }

  private static List<Map.Entry<String, String>> queryOf(HttpRequest sent) {
    List<Map.Entry<String, String>> query = new ArrayList<>();
    List<Parameter> parameters = sent.getQueryStringParameterList();
    if (parameters != null) {
      for (Parameter parameter : parameters) {
        parameter.getValues().forEach(value -> query.add(Map.entry(parameter.getName().getValue(), value.getValue())));
      }
    }
    return query;
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
