package com.tripwirejs.api;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.error.TripwireInvalidResponseException;

/** The guard both auto-pagers share against an API that hands out the same cursor again. */
final class CursorLoop {

  private CursorLoop() {}

  static TripwireInvalidResponseException repeated(Page<?> page) {
    return new TripwireInvalidResponseException(
        "The API returned the same page cursor twice; stopping instead of looping",
        200,
        Headers.empty(),
        new byte[0],
        page.requestId(),
        null);
  }
}
