package com.tripwirejs.model.internal.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.type.TypeBindings;
import com.fasterxml.jackson.databind.type.TypeFactory;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.common.Envelope;
import com.tripwirejs.model.common.ListEnvelope;
import com.tripwirejs.model.session.SessionDetail;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The bindings the model's annotation processor writes at build time describe every model class
 * as its compiled class file does: the same JSON properties, in the order of the fields Immutables
 * generates, with the same types, required flags and nullability ({@link GeneratedBindings}).
 */
class GeneratedBindingTest {

  private static final TypeFactory TYPES = TypeFactory.defaultInstance();

  @TestFactory
  Stream<DynamicTest> everyModelClassIsDescribedByItsBindingAsByItsClassFile() throws Exception {
    return GeneratedBindings.everyModelClassOf(TripwireObject.class, 100);
  }

  @Test
  void aModelClassWithATypeVariableTakesItsTypeFromTheBindingsOfTheTypeRead() {
    ModelProperty data = ModelMetadata.of(Envelope.class).properties.get(0);
    assertEquals("data", data.jsonName);
    TypeBindings bindings =
        TYPES.constructParametricType(Envelope.class, SessionDetail.class).getBindings();

    assertEquals(TYPES.constructType(SessionDetail.class), data.type(TYPES, bindings));
    assertEquals(
        TYPES.constructType(Object.class), data.type(TYPES, TypeBindings.emptyBindings()));
    assertEquals(
        TYPES.constructCollectionType(List.class, SessionDetail.class),
        ModelMetadata.of(ListEnvelope.class)
            .properties
            .get(0)
            .type(
                TYPES,
                TYPES.constructParametricType(ListEnvelope.class, SessionDetail.class)
                    .getBindings()));
  }
}
