package com.tripwirejs.model.spec;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.common.Envelope;
import com.tripwirejs.model.common.ListEnvelope;
import com.tripwirejs.model.webhook.WebhookEventType;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
          "webhook.event");

  private static final Map<String, Class<?>> RENAMED =
      Map.of(
          "WebhookEventEnvelope", WebhookEvent.class,
          "SessionFingerprintCalculatedWebhookEvent", WebhookEvent.class,
          "SessionResultPersistedWebhookEvent", WebhookEvent.class,
          "WebhookDeliveryEventType", WebhookEventType.class);

  /**
   * Schemas that only older generations of the contract have and that today's model reads as raw
   * JSON (the data of an unknown event), by the Java SDK's rules for the generations.
   */
  private static final Map<String, Class<?>> RETIRED_SCHEMAS =
      Map.of("SessionFingerprintCalculatedPayload", JsonNode.class);

  /**
   * Enum values that only older generations of the contract have: today's model keeps them as
   * unknown values, and an event of such a type as an unknown event with its raw data.
   */
  private static final Set<String> RETIRED_VALUES = Set.of("session.fingerprint.calculated");

  private final TripwireSpec spec;
  private final List<String> packages;
  private final Map<String, Class<?>> renamed;
  private final TypeFactory types = TypeFactory.defaultInstance();

  /** The model's types for the schemas of {@code spec}. */
  public SchemaTypes(TripwireSpec spec) {
    this(spec, List.of(), Map.of());
  }

  /**
   * The model's types and those of an extension module, such as {@code tripwire-gate}.
   *
   * @param spec the contract
   * @param morePackages fully qualified packages searched after the model's for a schema's class
   * @param moreRenamed schemas whose type is not the class of their name, besides the model's
   */
  public SchemaTypes(
      TripwireSpec spec, List<String> morePackages, Map<String, Class<?>> moreRenamed) {
    this.spec = spec;
    List<String> all = new ArrayList<>();
    PACKAGES.forEach(pkg -> all.add("com.tripwirejs.model." + pkg));
    all.addAll(morePackages);
    this.packages = List.copyOf(all);
    Map<String, Class<?>> names = new HashMap<>(RENAMED);
    names.putAll(moreRenamed);
    this.renamed = Map.copyOf(names);
  }

  /**
   * Whether a component schema is Gate's, which the core modules do not model ({@code
   * tripwire-gate} does): Gate's schemas, its agent tokens, and its approved webhook.
   */
  public static boolean isGateSchema(String schemaName) {
    return schemaName.contains("Gate") || schemaName.contains("AgentToken");
  }

  /** The Java type a value of the named component schema reads as. */
  public JavaType javaType(String schemaName) {
    Class<?> renamed = this.renamed.getOrDefault(schemaName, RETIRED_SCHEMAS.get(schemaName));
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

  /**
   * Whether a document of the named schema holds something that only older generations of the
   * contract have: today's model reads it losslessly, but as raw JSON, an unknown event or an
   * unknown value rather than a typed one.
   */
  public static boolean isRetired(String schemaName, JsonNode document) {
    return RETIRED_SCHEMAS.containsKey(schemaName) || containsRetiredValue(document);
  }

  private static boolean containsRetiredValue(JsonNode node) {
    if (node.isTextual()) {
      return RETIRED_VALUES.contains(node.textValue());
    }
    for (JsonNode child : node) {
      if (containsRetiredValue(child)) {
        return true;
      }
    }
    return false;
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

  private Optional<Class<?>> modelClass(String simpleName) {
    for (String pkg : packages) {
      try {
        return Optional.of(Class.forName(pkg + "." + simpleName));
      } catch (ClassNotFoundException e) {
        // try the next package
      }
    }
    return Optional.empty();
  }
}
