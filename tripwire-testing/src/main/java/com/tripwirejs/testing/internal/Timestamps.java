package com.tripwirejs.testing.internal;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Timestamps as the API writes them: UTC, always with milliseconds ({@code 2026-03-24T20:00:00.000Z}). */
final class Timestamps {

  private static final DateTimeFormatter API =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private Timestamps() {}

  static String format(Instant instant) {
    return API.format(instant);
  }
}
