package com.tripwirejs.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.json.TripwireJson;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Model classes are read and written through the binding their annotation processor wrote. */
class ModelMetadataTest {

  @Test
  void aModelClassIsReadAndWrittenThroughItsGeneratedBinding() {
    String json = "{\"page\":\"/checkout\"}";
    ModelMetadata model = ModelMetadata.of(ProbeModel.class);
    assertEquals(
        "com.tripwirejs.model.internal.json.ProbeModelBinding",
        ModelMetadata.bindingName(ProbeModel.class));
    assertEquals(1, model.properties.size());

    ProbeModel probe = TripwireJson.read(json, ProbeModel.class);

    assertEquals("/checkout", probe.page());
    assertEquals(json, TripwireJson.write(probe));
  }

  @Test
  void aNestedClassNamesItsBindingAfterTheClassesItIsIn() {
    assertEquals(
        "com.tripwirejs.model.internal.json.ModelMetadataTest_UnboundBinding",
        ModelMetadata.bindingName(Unbound.class));
  }

  @Test
  void aModelClassWithoutAGeneratedBindingFailsWithWhatToDo() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> ModelMetadata.of(Unbound.class));

    assertTrue(e.getMessage().contains("has no JSON binding"), e.getMessage());
    assertTrue(e.getMessage().contains("tripwire-model-processor"), e.getMessage());
  }

  /** A model class written by hand, without Immutables, so that no binding was written for it. */
  public abstract static class Unbound implements TripwireObject {

    /** {@return the only property} */
    @JsonProperty("page")
    public abstract String page();

    /** {@return never a builder} */
    public static Object builder() {
      throw new UnsupportedOperationException();
    }

    @Override
    public Map<String, JsonNode> unknownProperties() {
      return Map.of();
    }
  }
}
