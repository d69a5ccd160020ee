package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * A hash of one browser observation (canvas, audio, fonts, WebGL, ...), which the API sends either
 * as a string or as a number depending on how it was computed. The JSON form is kept exactly, so a
 * hash is written back as it was read.
 */
public final class ObservationHash {

  private final JsonNode value;

  private ObservationHash(JsonNode value) {
    this.value = value;
  }

  /**
   * A hash sent as a string.
   *
   * @param hash the hash text
   * @return the hash
   */
  public static ObservationHash of(String hash) {
    return new ObservationHash(JsonNodeFactory.instance.textNode(Objects.requireNonNull(hash)));
  }

  /**
   * A hash sent as a number.
   *
   * @param hash the hash number
   * @return the hash
   */
  public static ObservationHash of(long hash) {
    // The node type JSON parsing gives the same number, so that a hash built here equals the hash
    // read back from its JSON.
    return new ObservationHash(
        hash == (int) hash
            ? JsonNodeFactory.instance.numberNode((int) hash)
            : JsonNodeFactory.instance.numberNode(hash));
  }

  /**
   * Reads the JSON form.
   *
   * @param json a JSON string or number
   * @return the hash
   * @throws IllegalArgumentException for any other JSON value
   */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public static ObservationHash fromJson(JsonNode json) {
    if (!json.isTextual() && !json.isNumber()) {
      throw new IllegalArgumentException("An observation hash is a JSON string or number");
    }
    return new ObservationHash(json);
  }

  /**
   * Whether the API sent the hash as a number.
   *
   * @return true for a numeric hash
   */
  public boolean isNumber() {
    return value.isNumber();
  }

  /**
   * The hash as text: the string itself, or the number's decimal form.
   *
   * @return the hash text
   */
  public String asText() {
    return value.isNumber() ? value.decimalValue().toPlainString() : value.textValue();
  }

  /**
   * The hash as a number, when the API sent a number.
   *
   * @return the number, or empty for a string hash
   */
  public Optional<BigDecimal> asNumber() {
    return value.isNumber() ? Optional.of(value.decimalValue()) : Optional.empty();
  }

  /**
   * The JSON form, a string or number node.
   *
   * @return the JSON value
   */
  @JsonValue
  public JsonNode toJson() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ObservationHash && ((ObservationHash) other).value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the hash text. */
  @Override
  public String toString() {
    return asText();
  }
}
