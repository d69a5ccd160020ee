package com.tripwirejs.model.internal.json;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/**
 * The API's timestamp form: ISO-8601 in UTC with milliseconds, {@code 2026-03-24T20:00:00.000Z}.
 * Any ISO-8601 date-time with an offset is read; a value finer than a millisecond is written with
 * its full precision rather than rounded.
 */
public final class ApiTimestamps {

  private static final DateTimeFormatter MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private ApiTimestamps() {}

  /**
   * Formats an instant in the API's form.
   *
   * @param instant the instant
   * @return the timestamp text
   */
  public static String format(Instant instant) {
    if (instant.getNano() % 1_000_000 == 0) {
      return MILLIS.format(instant);
    }
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /**
   * Parses an ISO-8601 date-time with an offset.
   *
   * @param text the timestamp text
   * @return the instant, or null when the text is not such a date-time
   */
  public static @Nullable Instant parse(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
