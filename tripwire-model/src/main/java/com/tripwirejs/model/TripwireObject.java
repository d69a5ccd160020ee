package com.tripwirejs.model;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.tripwirejs.model.internal.json.ModelDeserializer;
import com.tripwirejs.model.internal.json.ModelSerializer;
import java.util.Map;

/**
 * A JSON object of the Tripwire API read into a typed, immutable value.
 *
 * <p>Every resource, nested object, request body and webhook payload of the model implements this
 * interface. Properties the SDK knows are typed accessors; properties the API added after this SDK
 * version was built are kept in {@link #unknownProperties()} and written back unchanged, so reading
 * a response and writing it again never loses data.
 *
 * <p>These types bind with any Jackson {@code ObjectMapper}; {@link
 * com.tripwirejs.model.json.TripwireJson} gives the configuration the SDK itself uses.
 */
@JsonSerialize(using = ModelSerializer.class)
@JsonDeserialize(using = ModelDeserializer.class)
public interface TripwireObject {

  /**
   * The properties of this JSON object that this version of the SDK does not model, by name, in
   * the order they were read. Empty for objects built in code or fully known to the SDK.
   *
   * @return an unmodifiable map from property name to its raw JSON value
   */
  Map<String, JsonNode> unknownProperties();
}
