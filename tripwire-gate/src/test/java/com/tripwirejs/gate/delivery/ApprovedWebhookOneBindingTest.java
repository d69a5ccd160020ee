package com.tripwirejs.gate.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.gate.model.GateSessionApprovedEvent;
import com.tripwirejs.gate.testing.GateVectors;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * {@link GateApprovedWebhook#verify} reads a valid approved webhook with one parse and one binding,
 * and must give what the general path gives ({@link GateApprovedWebhook#event} of the verifier's
 * event): the same event for the spec's approved payloads and for variants of them the contract
 * accepts, the same failure, exception and message, for variants it refuses.
 */
class ApprovedWebhookOneBindingTest {

  private static final String SECRET = "whsec_one_binding_test_secret_0123456789";

  @TestFactory
  Stream<DynamicTest> theOneBindingReadAgreesWithTheGeneralPath() {
    List<GateVectors.Vector> vectors = GateVectors.withShape(GateVectors::isWebhookSignature);
    List<DynamicTest> tests = new ArrayList<>();
    for (GateVectors.Vector vector : vectors) {
      JsonNode event = TripwireJson.readTree(
          vector.json().get("raw_body").asText().getBytes(StandardCharsets.UTF_8));
      String verdict = event.get("data").has("foil") ? "foil" : "tripwire";
      String other = verdict.equals("foil") ? "tripwire" : "foil";
      List<Variant> variants =
          List.of(
              new Variant("as signed", e -> {}),
              new Variant("metadata absent", e -> data(e).remove("metadata")),
              new Variant("metadata null", e -> data(e).putNull("metadata")),
              new Variant("score absent", e -> ((ObjectNode) data(e).get(verdict)).remove("score")),
              new Variant("an unknown property", e -> data(e).put("added_later", 1)),
              new Variant("both verdict objects, one null", e -> data(e).putNull(other)),
              new Variant("no verdict object", e -> data(e).remove(verdict)),
              new Variant("event in the payload", e -> data(e).put("event", "x")),
              new Variant("an empty account name", e -> data(e).put("account_name", "")),
              new Variant("a wrong key id", e -> ((ObjectNode) data(e).get("delivery")).put("key_id", "x")),
              new Variant("another event type", e -> ((ObjectNode) e).put("type", "session.created")),
              new Variant("another object", e -> ((ObjectNode) e).put("object", "session")),
              new Variant("no created", e -> ((ObjectNode) e).remove("created")),
              new Variant("data not an object", e -> ((ObjectNode) e).put("data", 3)));
      for (Variant variant : variants) {
        tests.add(
            DynamicTest.dynamicTest(
                vector + ": " + variant.name(), () -> assertAgree(event, variant.change())));
      }
    }
    return tests.stream();
  }

  private record Variant(String name, Consumer<JsonNode> change) {}

  private static ObjectNode data(JsonNode event) {
    return (ObjectNode) event.get("data");
  }

  private static void assertAgree(JsonNode event, Consumer<JsonNode> change) {
    JsonNode changed = event.deepCopy();
    change.accept(changed);
    byte[] body = TripwireJson.writeBytes(changed);
    WebhookVerifier verifier = WebhookVerifier.of(SECRET);
    java.util.Map<String, String> headers = WebhookSigner.of(SECRET).sign(body).headers();
    Object direct = outcome(() -> GateApprovedWebhook.verify(verifier, body, headers));
    Object general = outcome(() -> GateApprovedWebhook.event(verifier.verify(body, headers)));
    assertThat(direct).isEqualTo(general);
    if (direct instanceof GateSessionApprovedEvent) {
      assertThat(TripwireJson.write(direct)).isEqualTo(TripwireJson.write(general));
    }
  }

  /** The event read, or the failure's class and message. */
  private static Object outcome(java.util.function.Supplier<GateSessionApprovedEvent> read) {
    try {
      return read.get();
    } catch (RuntimeException e) {
      return e.getClass().getName() + ": " + e.getMessage();
    }
  }
}
