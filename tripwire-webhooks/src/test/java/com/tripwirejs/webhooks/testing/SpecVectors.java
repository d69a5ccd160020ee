package com.tripwirejs.webhooks.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.spec.TripwireSpec;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The crypto vectors of the spec ({@code fixtures/sealed-token/}, and the webhook signature vector
 * of {@code fixtures/gate-delivery/}; tripwire-gate reads that folder's Gate vectors), chosen by shape rather than by name: a vector file dropped into a folder with the shape of an
 * official one becomes a test case without a code change.
 */
public final class SpecVectors {

  /** One vector file. */
  public record Vector(String name, JsonNode json) {
    @Override
    public String toString() {
      return name;
    }
  }

  private SpecVectors() {}

  /** Every JSON file of a fixtures folder of one generation, named {@code <spec>/<folder>/<file>}. */
  public static List<Vector> all(TripwireSpec spec, String folder) {
    List<Vector> vectors = new ArrayList<>();
    for (Path file : spec.fixtureFiles(folder)) {
      vectors.add(new Vector(spec + "/" + folder + "/" + file.getFileName(), TripwireSpec.readJson(file)));
    }
    return vectors;
  }

  /** The files of a folder of one generation with a given shape. */
  public static List<Vector> withShape(TripwireSpec spec, String folder, Predicate<JsonNode> shape) {
    return all(spec, folder).stream().filter(v -> shape.test(v.json())).toList();
  }

  /** Whether an object has every one of these properties. */
  public static boolean hasAll(JsonNode node, String... names) {
    for (String name : names) {
      if (!node.has(name)) {
        return false;
      }
    }
    return true;
  }

  // The shapes of the official vector files.

  /** {@code sealed-token/vector.v1.json}: a token valid under a key, its hash, and its payload. */
  public static boolean isValidToken(JsonNode node) {
    return hasAll(node, "token", "secretKey", "secretHash", "payload");
  }

  /**
   * {@code sealed-token/vector.v2.json}: a multi-recipient token valid under each of several keys
   * and their hashes, and its payload.
   */
  public static boolean isMultiRecipientToken(JsonNode node) {
    return hasAll(node, "token", "secretKeys", "secretHashes", "payload");
  }

  /** {@code sealed-token/invalid.json}: a token and why it fails. */
  public static boolean isInvalidToken(JsonNode node) {
    return hasAll(node, "token", "reason") && !node.has("payload");
  }

  /** {@code gate-delivery/webhook-signature.json}. */
  public static boolean isWebhookSignature(JsonNode node) {
    return hasAll(node, "secret", "timestamp", "raw_body", "signature", "now_seconds");
  }

  /** Whether some test reads a file of this shape. */
  public static boolean isKnownShape(JsonNode node) {
    return isValidToken(node)
        || isMultiRecipientToken(node)
        || isInvalidToken(node)
        || isWebhookSignature(node);
  }
}
