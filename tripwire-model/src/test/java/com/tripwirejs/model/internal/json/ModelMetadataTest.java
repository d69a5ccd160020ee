package com.tripwirejs.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.model.session.SessionHighlightEvidence;
import org.junit.jupiter.api.Test;

/** The binding gives the same results before and after a class's accessors are compiled. */
class ModelMetadataTest {

  private static final String JSON =
      "{\"signal\":\"webdriver_detected\",\"name\":\"WebDriver detected\",\"later\":[1,2.50]}";

  @Test
  void readingAndWritingBehaveTheSameOnceTheAccessorsAreCompiled() {
    ModelMetadata model = ModelMetadata.of(SessionHighlightEvidence.class);
    for (int i = 0; i <= UseCount.COMPILE_AFTER; i++) {
      SessionHighlightEvidence evidence = TripwireJson.read(JSON, SessionHighlightEvidence.class);
      assertEquals("webdriver_detected", evidence.signal());
      assertEquals("WebDriver detected", evidence.name());
      assertEquals(JSON, TripwireJson.write(evidence));
      TripwireJsonException missing =
          assertThrows(
              TripwireJsonException.class,
              () -> TripwireJson.read("{\"signal\":\"x\"}", SessionHighlightEvidence.class));
      assertTrue(missing.getMessage().contains("name"), missing.getMessage());
      assertThrows(
          TripwireJsonException.class,
          () -> TripwireJson.read("{\"signal\":null,\"name\":\"n\"}", SessionHighlightEvidence.class));
    }
    assertTrue(model.readingCompiled(), "reading compiled after " + UseCount.COMPILE_AFTER + " reads");
    assertTrue(model.writingCompiled(), "writing compiled after " + UseCount.COMPILE_AFTER + " writes");
  }

  @Test
  void readingCompilesOnlyWhatReadingUsesAndWritingOnlyWhatWritingUses() {
    ModelMetadata model = ModelMetadata.of(CountedProbe.class);
    String json = "{\"page\":\"/checkout\"}";
    CountedProbe probe = null;
    for (int i = 0; i < UseCount.COMPILE_AFTER; i++) {
      assertFalse(model.readingCompiled(), "compiled after " + i + " reads");
      probe = TripwireJson.read(json, CountedProbe.class);
    }
    assertTrue(model.readingCompiled());
    assertFalse(model.writingCompiled(), "reading compiled the getters as well");
    assertEquals("/checkout", TripwireJson.read(json, CountedProbe.class).page());
    for (int i = 0; i < UseCount.COMPILE_AFTER; i++) {
      assertFalse(model.writingCompiled(), "compiled after " + i + " writes");
      assertEquals(json, TripwireJson.write(probe));
    }
    assertTrue(model.writingCompiled());
    assertEquals(json, TripwireJson.write(probe));
  }
}
