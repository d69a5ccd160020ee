package com.tripwirejs.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tripwirejs.model.apikey.ApiKey;
import com.tripwirejs.model.apikey.SecretApiKey;
import com.tripwirejs.model.session.HighlightImportance;
import com.tripwirejs.model.session.SessionHighlight;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import org.junit.jupiter.api.Test;

/** The deserializer a type's annotations name is the one Jackson would pick. */
class DeclaredDeserializersTest {

  @Test
  void aModelClassInheritsTheModelDeserializer() {
    assertEquals(ModelDeserializer.class, DeclaredDeserializers.of(SessionHighlight.class));
  }

  @Test
  void anOpenEnumInheritsTheOpenEnumDeserializer() {
    assertEquals(OpenEnumDeserializer.class, DeclaredDeserializers.of(HighlightImportance.class));
  }

  @Test
  void aUnionNamesItsOwnDeserializerAndItsVariantsTheModelDeserializer() {
    assertEquals("ApiKeyDeserializer", DeclaredDeserializers.of(ApiKey.class).getSimpleName());
    assertEquals(
        "WebhookEventDeserializer", DeclaredDeserializers.of(WebhookEvent.class).getSimpleName());
    assertEquals(ModelDeserializer.class, DeclaredDeserializers.of(SecretApiKey.class));
  }

  @Test
  void aTypeWithoutTheAnnotationHasNone() {
    assertEquals(DeclaredDeserializers.NONE, DeclaredDeserializers.of(String.class));
  }
}
