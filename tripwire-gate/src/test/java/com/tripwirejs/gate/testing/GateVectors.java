package com.tripwirejs.gate.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.spec.TripwireSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The Gate vectors ({@code fixtures/gate-delivery/}) of every configured generation that has Gate
 * (Foil as of July 2026 and Tripwire), chosen by shape rather than by name: a vector file of an
 * official shape dropped into the folder becomes a test case without a code change.
 */
public final class GateVectors {

  /** The folder of Gate's vectors in a contract. */
  public static final String FOLDER = "gate-delivery";

  /** One vector file of one generation. */
  public record Vector(TripwireSpec spec, String name, JsonNode json) {
    @Override
    public String toString() {
      return spec + " " + name;
    }
  }

  private GateVectors() {}

  /** Every vector file of every configured generation with Gate; skips the test when none is. */
  public static List<Vector> all() {
    List<Vector> vectors = new ArrayList<>();
    for (TripwireSpec spec : TripwireSpec.configuredWithGate()) {
      for (Path file : spec.fixtureFiles(FOLDER)) {
        vectors.add(new Vector(spec, FOLDER + "/" + file.getFileName(), TripwireSpec.readJson(file)));
      }
    }
    return vectors;
  }

  /** The files of a given shape. */
  public static List<Vector> withShape(Predicate<JsonNode> shape) {
    return all().stream().filter(v -> shape.test(v.json())).toList();
  }

  private static boolean hasAll(JsonNode node, String... names) {
    for (String name : names) {
      if (!node.has(name)) {
        return false;
      }
    }
    return true;
  }

  /** {@code webhook-signature.json}: a signed {@code gate.session.approved} delivery. */
  public static boolean isWebhookSignature(JsonNode node) {
    return hasAll(node, "secret", "timestamp", "raw_body", "signature", "now_seconds");
  }

  /** {@code delivery-request.json}. */
  public static boolean isDeliveryRequest(JsonNode node) {
    return hasAll(node, "delivery", "derived_key_id");
  }

  /** {@code vector.v1.json}: a key, a payload and its envelope. */
  public static boolean isDeliveryVector(JsonNode node) {
    return hasAll(node, "delivery", "private_key_pkcs8", "payload", "envelope");
  }

  /** {@code env-policy.json}. */
  public static boolean isEnvPolicy(JsonNode node) {
    return hasAll(
        node,
        "derive_agent_token_env_key",
        "is_gate_managed_env_var_key",
        "is_blocked_gate_env_var_key");
  }

  /** {@code approved-webhook-payload.*.json}: the verdict under its Foil or its Tripwire name. */
  public static boolean isApprovedWebhookPayload(JsonNode node) {
    return hasAll(node, "service_id", "gate_session_id", "delivery")
        && (node.has("foil") || node.has("tripwire"));
  }

  /** Whether some test reads a file of this shape. */
  public static boolean isKnownShape(JsonNode node) {
    return isWebhookSignature(node)
        || isDeliveryRequest(node)
        || isDeliveryVector(node)
        || isEnvPolicy(node)
        || isApprovedWebhookPayload(node);
  }
}
