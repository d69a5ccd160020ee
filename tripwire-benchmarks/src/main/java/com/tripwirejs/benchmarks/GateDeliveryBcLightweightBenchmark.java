package com.tripwirejs.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.params.X25519PrivateKeyParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Gate delivery floor on Bouncy Castle's lightweight API ({@link GateDeliveryBcFloor}), on the
 * same inputs as {@link GateDeliveryBenchmark}: how Bouncy Castle's X25519, HKDF and AES-GCM compare
 * with the JDK's on the same work. Its baseline is {@code GateDeliveryBenchmark.floorDecrypt} and
 * {@code floorEncrypt} with {@code provider=JDK}; no SDK code runs here.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class GateDeliveryBcLightweightBenchmark {

  /** The inputs and the recipient key in Bouncy Castle's form. */
  @State(Scope.Benchmark)
  public static class Inputs {
    GateDeliveryInputs inputs;
    X25519PrivateKeyParameters key;
    final GateDeliveryBcFloor floor = new GateDeliveryBcFloor();

    /**
     * Builds the inputs and checks the floor on them.
     *
     * @throws IOException never, for the vector
     * @throws InvalidCipherTextException never, for the vector
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, InvalidCipherTextException {
      inputs = new GateDeliveryInputs();
      key = GateDeliveryBcFloor.privateKey(inputs.privateKeyPkcs8);
      inputs.checkFloorPayload(floor.decrypt(key, inputs.floorEnvelopes[0]), "Bouncy Castle");
      GateDeliveryFloor.Envelope mine = floor.encrypt(inputs.delivery.publicKey(), inputs.payloadTree);
      inputs.checkFloorPayload(floor.decrypt(key, mine), "Bouncy Castle");
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
   * Bouncy Castle floor: decrypt, then {@code readTree} of the plaintext.
   *
   * @param inputs the inputs
   * @param cursor this thread's position
   * @param blackhole consumes the payload tree
   * @throws IOException never, for these envelopes
   * @throws InvalidCipherTextException never, for these envelopes
   */
  @Benchmark
  public void bcFloorDecrypt(Inputs inputs, Cursor cursor, Blackhole blackhole)
      throws IOException, InvalidCipherTextException {
    blackhole.consume(inputs.floor.decrypt(inputs.key, inputs.inputs.floorEnvelopes[cursor.advance()]));
  }

  /**
   * Bouncy Castle floor: the payload tree written and encrypted to the vector's recipient.
   *
   * @param inputs the inputs
   * @param blackhole consumes the envelope fields
   * @throws IOException never
   * @throws InvalidCipherTextException never
   */
  @Benchmark
  public void bcFloorEncrypt(Inputs inputs, Blackhole blackhole) throws IOException, InvalidCipherTextException {
    blackhole.consume(inputs.floor.encrypt(inputs.inputs.delivery.publicKey(), inputs.inputs.payloadTree));
  }
}
