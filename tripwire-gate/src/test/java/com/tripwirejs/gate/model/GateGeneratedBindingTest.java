package com.tripwirejs.gate.model;

import com.tripwirejs.model.internal.json.GeneratedBindings;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The bindings the model's annotation processor writes for Gate's model classes describe each as
 * its compiled class file does (the check of {@code tripwire-model}, run on this module).
 */
class GateGeneratedBindingTest {

  @TestFactory
  Stream<DynamicTest> everyGateModelClassIsDescribedByItsBindingAsByItsClassFile() throws Exception {
    return GeneratedBindings.everyModelClassOf(GateSessionCreate.class, 25);
  }
}
