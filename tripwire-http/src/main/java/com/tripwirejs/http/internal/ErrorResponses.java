package com.tripwirejs.http.internal;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.model.error.ApiErrorEnvelope;
import com.tripwirejs.model.error.PublicError;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import org.jspecify.annotations.Nullable;

/** Turns an error response into the exception of its status family. */
public final class ErrorResponses {

  /** The response header that carries the request id. */
  public static final String REQUEST_ID_HEADER = "x-request-id";

  private ErrorResponses() {}

  /**
   * The exception for a response with an error status.
   *
   * @param response the response
   * @return the exception, with the body's fields when it is the API's error envelope
   */
  public static TripwireApiException toException(TransportResponse response) {
    PublicError error = parse(response.body());
    String requestId = requestId(response.headers(), error);
    return TripwireApiException.of(
        response.status(), response.headers(), response.body(), error, requestId);
  }

  /** The request id: the header first, else the error body's. */
  public static @Nullable String requestId(Headers headers, @Nullable PublicError error) {
    String header = headers.first(REQUEST_ID_HEADER);
    if (header != null && !header.isBlank()) {
      return header;
    }
    return error == null ? null : error.requestId();
  }

  private static @Nullable PublicError parse(byte[] body) {
    if (body.length == 0) {
      return null;
    }
    try {
      return TripwireJson.read(body, ApiErrorEnvelope.class).error();
    } catch (TripwireJsonException e) {
      return null; // not the API's error envelope: an HTML page from a proxy, a truncated body
    }
  }
}
