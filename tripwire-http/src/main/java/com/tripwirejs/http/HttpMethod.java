package com.tripwirejs.http;

/** The HTTP methods the Foil API uses. */
public enum HttpMethod {
  /** Reads; idempotent. */
  GET,
  /** Creates or acts; not idempotent, never retried once it may have reached the server. */
  POST,
  /** Partially updates; retried only when the retry policy allows it. */
  PATCH,
  /** Revokes or disables; idempotent. */
  DELETE;

  /**
   * Whether repeating the request has the same effect as sending it once.
   *
   * @return true for GET and DELETE
   */
  public boolean isIdempotent() {
    return this == GET || this == DELETE;
  }
}
