package com.tripwirejs.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import com.tripwirejs.model.session.HighlightImportance;
import com.tripwirejs.model.session.SessionHighlight;
import com.tripwirejs.model.session.SessionHighlightEvidence;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * Nested model classes and open enums are bound by the model's own deserializers without the
 * mapper's lookup, with the same results, and the mapper's lookup still applies where a user
 * configured it.
 */
class NestedBindingTest {

  private static final String HIGHLIGHT =
      "{\"key\":\"k\",\"effect\":\"increases_risk\",\"importance\":\"%s\",\"summary\":\"s\","
          + "\"evidence\":[{\"signal\":\"webdriver_detected\",\"name\":\"WebDriver detected\"}]}";

  @Test
  void openEnumsReadTheSameBeforeAndAfterTheirFactoryIsCompiled() {
    for (int i = 0; i <= UseCount.COMPILE_AFTER + 1; i++) {
      SessionHighlight known =
          TripwireJson.read(String.format(HIGHLIGHT, "high"), SessionHighlight.class);
      assertSame(HighlightImportance.HIGH, known.importance());
      SessionHighlight unknown =
          TripwireJson.read(String.format(HIGHLIGHT, "critical"), SessionHighlight.class);
      assertEquals("critical", unknown.importance().value());
      assertTrue(unknown.importance().known().isEmpty());
      TripwireJsonException notAString =
          assertThrows(
              TripwireJsonException.class,
              () ->
                  TripwireJson.read(
                      String.format(HIGHLIGHT, "x").replace("\"x\"", "3"),
                      SessionHighlight.class));
      assertTrue(notAString.getMessage().contains("importance"), notAString.getMessage());
    }
  }

  @Test
  void aNestedModelFailsAtItsPathWhenBoundDirectly() {
    TripwireJsonException e =
        assertThrows(
            TripwireJsonException.class,
            () ->
                TripwireJson.read(
                    String.format(HIGHLIGHT, "high").replace("\"name\":\"WebDriver detected\"", "\"name\":null"),
                    SessionHighlight.class));
    assertTrue(e.getMessage().contains("evidence[0].name"), e.getMessage());
  }

  @Test
  void aMixInOnANestedModelClassIsHonoured() throws IOException {
    ObjectMapper mapper =
        TripwireJson.newObjectMapper()
            .addMixIn(SessionHighlightEvidence.class, FixedEvidence.class);
    SessionHighlight highlight =
        mapper.readValue(String.format(HIGHLIGHT, "high"), SessionHighlight.class);
    assertEquals("fixed", highlight.evidence().get(0).name());
  }

  @JsonDeserialize(using = FixedEvidenceDeserializer.class)
  private abstract static class FixedEvidence {}

  private static final class FixedEvidenceDeserializer
      extends JsonDeserializer<SessionHighlightEvidence> {
    @Override
    public SessionHighlightEvidence deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      p.skipChildren();
      return SessionHighlightEvidence.builder().signal("s").name("fixed").build();
    }
  }
}
