package com.tripwirejs.gate.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.tripwirejs.gate.model.GateApprovedWebhookPayload;
import com.tripwirejs.gate.model.GateSessionApprovedEvent;
import com.tripwirejs.gate.model.delivery.GateDeliveryEnvelope;
import com.tripwirejs.gate.model.delivery.GateDeliveryRequest;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.spec.JsonTrees;
import com.tripwirejs.model.spec.ModelWalker;
import com.tripwirejs.model.spec.SchemaTypes;
import com.tripwirejs.model.spec.TripwireSpec;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Gate's model against each generation that has Gate: every Gate fixture of {@code
 * fixtures/manifest.json}, every {@code example} of a Gate schema in {@code openapi.json}, and the
 * Gate delivery and approved-webhook vectors read into their typed model, written back, and
 * compared with the input as JSON; nothing lands in an unknown-properties bag, no enum value is
 * unknown.
 */
class GateConformanceTest {

  record Case(String name, JsonNode json, JavaType type) {}

  @TestFactory
  Stream<DynamicContainer> everyGateFixtureExampleAndVectorRoundTripsFullyTyped() {
    return TripwireSpec.configuredWithGate().stream()
        .map(
            spec ->
                DynamicContainer.dynamicContainer(
                    spec.toString(),
                    cases(spec).stream()
                        .map(c -> DynamicTest.dynamicTest(c.name(), () -> roundTrip(c)))));
  }

  private static void roundTrip(Case c) {
    byte[] bytes = c.json().toString().getBytes(StandardCharsets.UTF_8);
    Object typed = TripwireJson.read(bytes, c.type());
    JsonNode written = TripwireJson.readTree(TripwireJson.writeBytes(typed));
    assertThat(JsonTrees.difference(c.json(), written)).as("difference after the round trip").isEmpty();
    Object again = TripwireJson.read(TripwireJson.writeBytes(typed), c.type());
    assertThat(again).as("read of the written JSON equals the first read").isEqualTo(typed);
    ModelWalker.Report report = ModelWalker.walk(typed);
    assertThat(report.unknownProperties()).as("properties that did not bind to a typed accessor").isEmpty();
    assertThat(report.unknownEnumValues()).as("unknown enum values").isEmpty();
  }

  static List<Case> cases(TripwireSpec spec) {
    SchemaTypes types = GateSchemas.of(spec);
    List<Case> cases = new ArrayList<>();
    for (TripwireSpec.FixtureEntry entry : spec.manifest()) {
      if (!entry.hasBody() || !entry.file().startsWith("api/gate/")) {
        continue;
      }
      JsonNode schemaRef =
          spec.operation(entry.method(), entry.path())
              .path("responses").path(String.valueOf(entry.status()))
              .path("content").path("application/json").path("schema");
      cases.add(new Case("fixture " + entry.file(), spec.fixture(entry.file()), types.javaTypeOfRef(schemaRef)));
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = spec.openapi().path("components").path("schemas").properties().iterator();
        it.hasNext(); ) {
      Map.Entry<String, JsonNode> schema = it.next();
      if (schema.getValue().has("example") && SchemaTypes.isGateSchema(schema.getKey())) {
        cases.add(new Case("example " + schema.getKey(), schema.getValue().get("example"), types.javaType(schema.getKey())));
      }
    }
    cases.add(new Case("vector gate-delivery/approved-webhook-payload.valid.json",
        spec.fixture("gate-delivery/approved-webhook-payload.valid.json"), constructed(GateApprovedWebhookPayload.class)));
    cases.add(new Case("vector gate-delivery/delivery-request.json delivery",
        spec.fixture("gate-delivery/delivery-request.json").get("delivery"), constructed(GateDeliveryRequest.class)));
    cases.add(new Case("vector gate-delivery/vector.v1.json envelope",
        spec.fixture("gate-delivery/vector.v1.json").get("envelope"), constructed(GateDeliveryEnvelope.class)));
    cases.add(new Case("vector gate-delivery/webhook-signature.json raw_body",
        TripwireJson.readTree(spec.fixture("gate-delivery/webhook-signature.json").path("raw_body").asText()
            .getBytes(StandardCharsets.UTF_8)),
        constructed(GateSessionApprovedEvent.class)));
    assertThat(cases).hasSizeGreaterThan(14);
    return cases;
  }

  private static JavaType constructed(Class<?> type) {
    return TypeFactory.defaultInstance().constructType(type);
  }
}
