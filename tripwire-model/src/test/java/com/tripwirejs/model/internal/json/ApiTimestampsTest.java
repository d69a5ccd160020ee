package com.tripwirejs.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApiTimestampsTest {

  @Test
  void theApiFormIsReadWithoutTheGeneralParser() {
    assertEquals(
        Instant.parse("2026-03-24T20:00:05.123Z"),
        ApiTimestamps.parseApiForm("2026-03-24T20:00:05.123Z"));
    assertEquals(Instant.parse("2024-02-29T23:59:59.999Z"), ApiTimestamps.parse("2024-02-29T23:59:59.999Z"));
    assertEquals(Instant.parse("0000-01-01T00:00:00Z"), ApiTimestamps.parseApiForm("0000-01-01T00:00:00.000Z"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2025-02-29T00:00:00.000Z", // not a leap year
        "2026-04-31T00:00:00.000Z",
        "2026-13-01T00:00:00.000Z",
        "2026-00-01T00:00:00.000Z",
        "2026-01-00T00:00:00.000Z",
        "2026-01-01T24:00:00.000Z",
        "2026-01-01T00:60:00.000Z",
        "2026-01-01T00:00:60.000Z",
        "2026-01-01T00:00:0a.000Z",
        "2026-01-01t00:00:00.000Z",
        "2026-01-01T00:00:00.000z",
        "+026-01-01T00:00:00.000Z",
        "2026-01-01T00:00:00,000Z",
        "2026-01-01T00:00:00.000+",
        "\u0662026-01-01T00:00:00.000Z", // a digit, but not an ASCII one
      })
  void anythingElseOfTheSameLengthIsLeftToTheGeneralParser(String text) {
    assertNull(ApiTimestamps.parseApiForm(text));
  }

  @Test
  void otherIsoFormsStillParse() {
    assertEquals(Instant.parse("2026-03-24T18:00:00Z"), ApiTimestamps.parse("2026-03-24T20:00:00+02:00"));
    assertEquals(Instant.parse("2026-03-24T20:00:00Z"), ApiTimestamps.parse("2026-03-24t20:00:00z"));
    assertEquals(
        Instant.parse("2026-03-24T20:00:00.123456789Z"), ApiTimestamps.parse("2026-03-24T20:00:00.123456789Z"));
    assertNull(ApiTimestamps.parse("2025-02-29T00:00:00.000Z"));
    assertNull(ApiTimestamps.parse("yesterday"));
  }

  /** For texts of the API's shape, valid or not, parse gives what the general parser gives. */
  @Test
  void theFastPathAgreesWithTheGeneralParser() {
    Random random = new Random(20261203L);
    int fastPathHits = 0;
    for (int i = 0; i < 40_000; i++) {
      String text =
          String.format(
              "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ",
              random.nextInt(10_000),
              random.nextInt(15),
              random.nextInt(33),
              random.nextInt(26),
              random.nextInt(62),
              random.nextInt(62),
              random.nextInt(1_000));
      Instant general = ApiTimestamps.parseIsoOffsetDateTime(text);
      Instant fast = ApiTimestamps.parseApiForm(text);
      if (fast != null) {
        assertEquals(general, fast, text);
        fastPathHits++;
      }
      assertEquals(general, ApiTimestamps.parse(text), text);
    }
    // Roughly half of the generated texts are valid dates and times.
    assertTrue(fastPathHits > 10_000, "fast path taken " + fastPathHits + " times");
  }
}
