package com.tripwirejs.model.internal.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.OffsetDateTime;
import java.time.Year;
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
    Instant instant = parseApiForm(text);
    return instant != null ? instant : parseIsoOffsetDateTime(text);
  }

  /**
   * Parses the API's own form, {@code 2026-03-24T20:00:00.000Z}, without a formatter: it is what
   * every response carries, many times over, and the general parser costs several times more. Null
   * for any other text, which then goes to the general parser; for text of this form both give
   * the same instant.
   */
  static @Nullable Instant parseApiForm(String text) {
    if (text.length() != 24
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':'
        || text.charAt(19) != '.'
        || text.charAt(23) != 'Z') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    int millis = digits(text, 20, 3);
    if ((year | month | day | hour | minute | second | millis) < 0
        || month < 1
        || month > 12
        || day < 1
        || day > Month.of(month).length(Year.isLeap(year))
        || hour > 23
        || minute > 59
        || second > 59) {
      return null;
    }
    long epochDay = LocalDate.of(year, month, day).toEpochDay();
    return Instant.ofEpochSecond(
        epochDay * 86_400L + hour * 3_600L + minute * 60L + second, millis * 1_000_000L);
  }

  /** Parses any ISO-8601 date-time with an offset; null when the text is not one. */
  static @Nullable Instant parseIsoOffsetDateTime(String text) {
    try {
      return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** The value of {@code count} ASCII digits at {@code start}, or -1 if one is not a digit. */
  private static int digits(String text, int start, int count) {
    int value = 0;
    for (int i = start; i < start + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
