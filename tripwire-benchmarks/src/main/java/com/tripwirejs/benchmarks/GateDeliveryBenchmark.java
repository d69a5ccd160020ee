package com.tripwirejs.benchmarks;

import com.tripwirejs.gate.delivery.GateDelivery;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.Security;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Gate delivery encryption and decryption with the SDK ({@code GateDelivery.encrypt},
 * {@code GateDeliveryKeyPair.decrypt}), against the JCA-only floor {@link GateDeliveryFloor}
 * (X25519 {@code KeyAgreement}, HKDF-SHA256 by hand on {@code Mac}, AES-256-GCM, Jackson): {@link
 * #sdkDecrypt} against {@link #floorDecrypt}, {@link #sdkEncrypt} against {@link #floorEncrypt}.
 * Inputs: {@link GateDeliveryInputs}, from the spec's vector.
 *
 * <p>The SDK takes X25519, AES-GCM and HMAC from whichever JCA provider the JVM prefers, so the
 * {@code provider} param compares the two a user can have: {@code JDK} (the JDK's own providers)
 * and {@code BC} (Bouncy Castle's provider registered first, as applications that install it
 * globally do). Both the SDK and the floor run on the chosen provider; the SDK's HKDF is Bouncy
 * Castle's lightweight API either way. JMH runs each param value in its own JVM, so a provider
 * registered for {@code BC} never leaks into a {@code JDK} measurement (run with at least one fork).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class GateDeliveryBenchmark {

  /** The inputs, and the provider everything runs on. */
  @State(Scope.Benchmark)
  public static class Inputs {

    /** {@code JDK}: the JDK's providers; {@code BC}: Bouncy Castle's provider first. */
    @Param({"JDK", "BC"})
    public String provider;

    GateDeliveryInputs inputs;
    PrivateKey floorKey;
    final GateDeliveryFloor floor = new GateDeliveryFloor();

    /**
     * Registers the provider, builds the inputs and checks both sides on them.
     *
     * @throws GeneralSecurityException when the provider lacks an algorithm
     * @throws IOException never, for the vector
     */
    @Setup(Level.Trial)
    public void setUp() throws GeneralSecurityException, IOException {
      String expected;
      if ("BC".equals(provider)) {
        Security.insertProviderAt(new BouncyCastleProvider(), 1);
        expected = BouncyCastleProvider.PROVIDER_NAME;
      } else if ("JDK".equals(provider)) {
        expected = null;
      } else {
        throw new IllegalArgumentException("Unknown provider " + provider);
      }
      for (String serving :
          new String[] {
            KeyAgreement.getInstance("X25519").getProvider().getName(),
            Cipher.getInstance("AES/GCM/NoPadding").getProvider().getName()
          }) {
        if (expected == null ? serving.equals(BouncyCastleProvider.PROVIDER_NAME) : !serving.equals(expected)) {
          throw new IllegalStateException("Provider " + serving + " serves the " + provider + " run");
        }
      }
      inputs = new GateDeliveryInputs();
      floorKey = GateDeliveryFloor.privateKey(inputs.privateKeyPkcs8);
      inputs.checkFloorPayload(floor.decrypt(floorKey, inputs.floorEnvelopes[0]), "JCA");
      GateDeliveryFloor.Envelope mine = floor.encrypt(inputs.delivery.publicKey(), inputs.payloadTree);
      inputs.checkFloorPayload(floor.decrypt(floorKey, mine), "JCA");
    }
  }

  /** Each thread's position among the envelopes. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    int advance() {
      int index = next;
      next = (index + 1) % GateDeliveryInputs.VARIANTS;
      return index;
    }
  }

  /**
   * The SDK: {@code keyPair.decrypt(envelope)}, checks and typed payload included.
   *
   * @param inputs the inputs
   * @param cursor this thread's position
   * @param blackhole consumes the payload
   */
  @Benchmark
  public void sdkDecrypt(Inputs inputs, Cursor cursor, Blackhole blackhole) {
    blackhole.consume(inputs.inputs.keyPair.decrypt(inputs.inputs.envelopes[cursor.advance()]));
  }

  /**
   * The SDK: {@code GateDelivery.encrypt(delivery, payload)}, request checks included.
   *
   * @param inputs the inputs
   * @param blackhole consumes the envelope
   */
  @Benchmark
  public void sdkEncrypt(Inputs inputs, Blackhole blackhole) {
    blackhole.consume(GateDelivery.encrypt(inputs.inputs.delivery, inputs.inputs.payload));
  }

  /**
   * The JCA floor: decrypt, then {@code readTree} of the plaintext.
   *
   * @param inputs the inputs
   * @param cursor this thread's position
   * @param blackhole consumes the payload tree
   * @throws GeneralSecurityException never, for these envelopes
   * @throws IOException never, for these envelopes
   */
  @Benchmark
  public void floorDecrypt(Inputs inputs, Cursor cursor, Blackhole blackhole)
      throws GeneralSecurityException, IOException {
    blackhole.consume(inputs.floor.decrypt(inputs.floorKey, inputs.inputs.floorEnvelopes[cursor.advance()]));
  }

  /**
   * The JCA floor: the payload tree written and encrypted to the vector's recipient.
   *
   * @param inputs the inputs
   * @param blackhole consumes the envelope fields
   * @throws GeneralSecurityException never
   * @throws IOException never
   */
  @Benchmark
  public void floorEncrypt(Inputs inputs, Blackhole blackhole) throws GeneralSecurityException, IOException {
    blackhole.consume(inputs.floor.encrypt(inputs.inputs.delivery.publicKey(), inputs.inputs.payloadTree));
  }
}
