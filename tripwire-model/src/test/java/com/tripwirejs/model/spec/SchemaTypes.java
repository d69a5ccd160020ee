package com.tripwirejs.model.spec;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.common.Envelope;
import com.tripwirejs.model.common.ListEnvelope;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which Java type of the model stands for each component schema of {@code openapi.json}.
 *
 * <p>Most schemas have a model class of the same simple name in one of the model packages. The
 * exceptions are listed here: response envelopes map to {@link Envelope} or {@link ListEnvelope}
 * of their data type, the event envelopes to the sealed {@link WebhookEvent}, the two event-type
 * enums to one {@link WebhookEventType}, identifiers to {@code String} and tokens to {@link
 * Secret}.
 */
public final class SchemaTypes {

  private static final List<String> PACKAGES =
      List.of(
          "common",
          "error",
          "session",
          "session.network",
          "session.device",
          "session.nativeapp",
          "session.behavior",
          "fingerprint",
          "organization",
          "apikey",
          "webhook",
          "webhook.event",
          "gate",
          "gate.delivery");

  private static final Map<String, Class<?>> RENAMED =
      Map.of(
          "WebhookEventEnvelope", WebhookEvent.class,
          "SessionFingerprintCalculatedWebhookEvent", WebhookEvent.class,
          "SessionResultPersistedWebhookEvent", WebhookEvent.class,
          "GateSessionApprovedWebhookEvent", WebhookEvent.class,
          "WebhookDeliveryEventType", WebhookEventType.class,
          "GatePollToken", Secret.class,
          "AgentToken", Secret.class,
          "GateLoginCode", Secret.class);

  private final TripwireSpec spec;
  private final TypeFactory types = TypeFactory.defaultInstance();

  public SchemaTypes(TripwireSpec spec) {
    this.spec = spec;
  }

  /** The Java type a value of the named component schema reads as. */
  public JavaType javaType(String schemaName) {
    Class<?> renamed = RENAMED.get(schemaName);
    if (renamed != null) {
      return types.constructType(renamed);
    }
    JsonNode schema = spec.schema(schemaName);
    Optional<JavaType> envelope = envelopeType(schema);
    if (envelope.isPresent()) {
      return envelope.get();
    }
    Optional<Class<?>> model = modelClass(schemaName);
    if (model.isPresent()) {
      return types.constructType(model.get());
    }
    if ("string".equals(schema.path("type").asText()) && !schema.has("enum")) {
      return types.constructType(String.class);
    }
    throw new AssertionError("No model type for schema " + schemaName);
  }

  /** The Java type of a response or request schema given as a {@code $ref} node. */
  public JavaType javaTypeOfRef(JsonNode schemaRef) {
    return javaType(refName(schemaRef));
  }

  /** The schema name a {@code $ref} points at. */
  public static String refName(JsonNode schemaRef) {
    String ref = schemaRef.path("$ref").asText();
    if (!ref.startsWith("#/components/schemas/")) {
      throw new IllegalArgumentException("Not a component schema reference: " + schemaRef);
    }
    return ref.substring("#/components/schemas/".length());
  }

  private Optional<JavaType> envelopeType(JsonNode schema) {
    JsonNode properties = schema.path("properties");
    if (!properties.has("data") || !properties.has("meta")) {
      return Optional.empty();
    }
    JsonNode data = properties.get("data");
    if ("array".equals(data.path("type").asText())) {
      return Optional.of(
          types.constructParametricType(
              ListEnvelope.class, javaTypeOfRef(data.path("items"))));
    }
    return Optional.of(types.constructParametricType(Envelope.class, javaTypeOfRef(data)));
  }

  private static Optional<Class<?>> modelClass(String simpleName) {
    for (String pkg : PACKAGES) {
      try {
        return Optional.of(Class.forName("com.tripwirejs.model." + pkg + "." + simpleName));
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    return Optional.empty();
  }
}
