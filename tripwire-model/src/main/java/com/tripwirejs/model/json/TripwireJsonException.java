package com.tripwirejs.model.json;

import java.nio.charset.StandardCharsets;

/**
 * JSON that is not what the Tripwire API documents: malformed, a value of the wrong type, a missing
 * required property or a null where the API never sends one.
 *
 * <p>The message says what was wrong and where, as a JSON path such as {@code
 * $.data.decision.risk_score}; it never quotes the input, which may hold secrets: not its values,
 * and not the keys of objects that the model reads as maps, which show as {@code *}. The input
 * itself stays available through {@link #rawBody()} for diagnosis.
 */
public final class TripwireJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON path of the value that failed. */
  private final String path;

  private final transient byte[] rawBody;

  /**
   * Creates the exception.
   *
   * @param message what was wrong, without input values
   * @param path the JSON path of the offending value, {@code $} for the document itself
   * @param rawBody the JSON input
   */
  public TripwireJsonException(String message, String path, byte[] rawBody) {
    super(message);
    this.path = path;
    this.rawBody = rawBody.clone();
  }

  /**
   * The JSON path of the value that failed, such as {@code $.data.highlights[0].effect}; {@code $}
   * when the document as a whole is malformed. Unlike the message, it names the keys of objects
   * that the model reads as maps ({@code $.data.score_breakdown.categories.behavioral}), which come
   * from the input.
   *
   * @return the JSON path
   */
  public String path() {
    return path;
  }

  /**
   * The JSON input that failed, as UTF-8 text. It may contain secrets: do not log it as is.
   *
   * @return the input
   */
  public String rawBody() {
    return new String(rawBody, StandardCharsets.UTF_8);
  }
}
