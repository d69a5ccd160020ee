package com.tripwirejs.api.support;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Captures what the SDK logs. The SDK logs through {@link System.Logger}, which the JDK backs with
 * {@code java.util.logging} unless an application installs another backend; this turns the SDK's
 * loggers up to the finest level and records every line, formatted as a handler would print it,
 * stack traces included. Close it to restore the previous levels.
 */
public final class LogCapture implements AutoCloseable {

  private final Logger sdk;
  private final Level previousLevel;
  private final Logger root = Logger.getLogger("");
  private final List<LogRecord> records = new CopyOnWriteArrayList<>();
  private final Handler handler;

  /** Starts capturing everything logged under {@code com.tripwirejs}, and warnings from anywhere. */
  public LogCapture() {
    sdk = Logger.getLogger("com.tripwirejs"); // held: java.util.logging keeps loggers weakly
    previousLevel = sdk.getLevel();
    sdk.setLevel(Level.ALL);
    handler =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    handler.setLevel(Level.ALL);
    root.addHandler(handler);
  }

  /** The records captured so far. */
  public List<LogRecord> records() {
    return List.copyOf(records);
  }

  /** The records of one logger. */
  public List<LogRecord> records(String loggerName) {
    return records.stream().filter(r -> loggerName.equals(r.getLoggerName())).toList();
  }

  /** Every record as text: level, logger, formatted message and the thrown stack trace. */
  public List<String> lines() {
    SimpleFormatter formatter = new SimpleFormatter();
    return records.stream()
        .map(
            record -> {
              StringBuilder line =
                  new StringBuilder()
                      .append(record.getLevel())
                      .append(' ')
                      .append(record.getLoggerName())
                      .append(": ")
                      .append(formatter.formatMessage(record));
              if (record.getThrown() != null) {
                line.append('\n').append(stackTrace(record.getThrown()));
              }
              return line.toString();
            })
        .toList();
  }

  /** A throwable as {@code printStackTrace} prints it: messages of causes and suppressed included. */
  public static String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter();
    thrown.printStackTrace(new PrintWriter(text));
    return text.toString();
  }

  @Override
  public void close() {
    root.removeHandler(handler);
    sdk.setLevel(previousLevel);
  }
}
