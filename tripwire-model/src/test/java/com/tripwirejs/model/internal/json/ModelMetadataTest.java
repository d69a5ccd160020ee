package com.tripwirejs.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
    for (int i = 0; i <= ModelMetadata.COMPILE_AFTER; i++) {
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
    assertTrue(model.compiled(), "compiled after " + ModelMetadata.COMPILE_AFTER + " uses");
  }
}
