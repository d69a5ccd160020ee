package com.tripwirejs.examples;

import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/** Prints the tour for a person: a heading per step, then short lines with aligned labels. */
final class Report {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final PrintStream out;

  Report(PrintStream out) {
    this.out = out;
  }

  void title(String text) {
    out.println(text);
  }

  void heading(int number, String title) {
    out.println();
    out.println(number + ". " + title);
  }

  /** One fact: a short label, then its value, the values of a step lined up. */
  void line(String label, String value) {
    out.println(String.format("  %-12s %s", label, value));
  }

  /** A value that continues the line above, under its value. */
  void more(String value) {
    line("", value);
  }

  void blank() {
    out.println();
  }

  void flush() {
    out.flush();
  }

  static String when(@Nullable Instant instant) {
    return instant == null ? "unknown time" : WHEN.format(instant);
  }
}
