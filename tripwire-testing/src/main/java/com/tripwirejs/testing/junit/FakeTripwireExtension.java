package com.tripwirejs.testing.junit;

import com.tripwirejs.testing.FakeTripwire;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a {@link FakeTripwire} for a test class and stops it after the class's last test;
 * tests, constructors and lifecycle methods receive it as a parameter.
 *
 * <pre>{@code
 * @ExtendWith(FakeTripwireExtension.class)
 * class CheckoutTest {
 *   @Test
 *   void blocksBots(FakeTripwire tripwire) {
 *     try (TripwireClient client = TripwireClient.builder()
 *         .baseUrl(tripwire.baseUrl()).secretKey(tripwire.secretKey()).build()) {
 *       ...
 *     }
 *   }
 * }
 * }</pre>
 *
 * The fake lives in the test class's extension store: every test of a class sees the same fake
 * and its state, each class gets its own, and it stops when its class is done.
 */
public final class FakeTripwireExtension implements ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(FakeTripwireExtension.class);

  /** Creates the extension; JUnit does this for {@code @ExtendWith}. */
  public FakeTripwireExtension() {}

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == FakeTripwire.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    ExtensionContext classContext = context;
    while (classContext.getTestMethod().isPresent() && classContext.getParent().isPresent()) {
      classContext = classContext.getParent().get();
    }
    return classContext
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(RunningFake.class, key -> new RunningFake(FakeTripwire.start()), RunningFake.class)
        .fake;
  }

  /** Closes the fake when JUnit closes the store it lives in. */
  private static final class RunningFake implements ExtensionContext.Store.CloseableResource {
    private final FakeTripwire fake;

    RunningFake(FakeTripwire fake) {
      this.fake = fake;
    }

    @Override
    public void close() {
      fake.close();
    }
  }
}
