package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.tripwirejs.gate.delivery.GateApprovedWebhook;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookSigner;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
 * Webhook verification of the spec's signed {@code gate.session.approved} delivery ({@code
 * fixtures/gate-delivery/webhook-signature.json}), re-signed at setup with the current time in
 * eight variants (distinct event ids), so that the timestamp check passes and consecutive calls see
 * different bodies.
 *
 * <p>{@link #sdkVerifySignature} ({@code WebhookVerifier.verifySignature}: timestamp parse and
 * tolerance check, hex decode, HMAC-SHA256, constant-time compare) is measured against {@link
 * #floorVerify}, the least a hand-written receiver can do: the same timestamp check, one {@code
 * Mac} per thread initialised once, HMAC over {@code timestamp + "." + body}, lowercase hex, {@code
 * MessageDigest.isEqual}. {@link #sdkVerifyAndParse} (the receiver's hot path for this delivery,
 * {@code GateApprovedWebhook.verify(verifier, body, headers)} of {@code tripwire-gate}: the above,
 * then the typed {@code GateSessionApprovedEvent} with the approved-payload checks) is measured
 * against {@link #floorVerifyAndReadTree}, the floor followed by Jackson {@code readTree}. {@link #typicalNewMacVerify} is the usual
 * hand-written code, which calls {@code Mac.getInstance} and {@code init} per delivery: shown for
 * context, not a target.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class WebhookBenchmark {

  private static final int VARIANTS = 8;
  private static final long TOLERANCE_SECONDS = 300;
  private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

  /** The signed deliveries and the verifier, shared by all threads. */
  @State(Scope.Benchmark)
  public static class Deliveries {
    final ObjectMapper mapper = new ObjectMapper();
    final byte[][] bodies = new byte[VARIANTS][];
    final String[] timestamps = new String[VARIANTS];
    final String[] signatures = new String[VARIANTS];
    @SuppressWarnings("unchecked")
    final Map<String, String>[] headers = new Map[VARIANTS];
    byte[] secret;
    WebhookVerifier verifier;

    /**
     * Re-signs the spec's delivery and checks that the SDK and the floor accept every variant.
     *
     * @throws IOException when the vector cannot be read
     * @throws GeneralSecurityException when HmacSHA256 is missing
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, GeneralSecurityException {
      JsonNode vector = SpecFixtures.load().tree("gate-delivery/webhook-signature.json");
      String signingSecret = vector.path("secret").asText();
      String rawBody = vector.path("raw_body").asText();
      WebhookSigner signer = WebhookSigner.of(signingSecret);
      WebhookSignature spec =
          signer.sign(rawBody, Instant.ofEpochSecond(Long.parseLong(vector.path("timestamp").asText())));
      if (!spec.signature().equals(vector.path("signature").asText())) {
        throw new IllegalStateException("WebhookSigner disagrees with the spec's signature vector");
      }
      String id = mapper.readTree(rawBody).path("id").asText();
      secret = signingSecret.getBytes(StandardCharsets.UTF_8);
      verifier = WebhookVerifier.of(signingSecret);
      Mac mac = newMac(secret);
      for (int i = 0; i < VARIANTS; i++) {
        String variantId = id.substring(0, id.length() - 1) + Integer.toHexString(i);
        bodies[i] = rawBody.replace(id, variantId).getBytes(StandardCharsets.UTF_8);
        WebhookSignature signature = signer.sign(bodies[i]);
        timestamps[i] = signature.timestamp();
        signatures[i] = signature.signature();
        headers[i] =
            Map.of(
                ServiceGeneration.CURRENT.webhookTimestampHeader(), timestamps[i],
                ServiceGeneration.CURRENT.webhookSignatureHeader(), signatures[i]);
        if (!(verifier.verify(bodies[i], timestamps[i], signatures[i]) instanceof UnknownWebhookEvent)
            || !GateApprovedWebhook.verify(verifier, bodies[i], headers[i]).id().equals(variantId)
            || !floorVerify(mac, bodies[i], timestamps[i], signatures[i])) {
          throw new IllegalStateException("Variant " + i + " does not verify");
        }
      }
    }
  }

  /** Each thread's position among the variants and its own initialised {@code Mac}. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;
    Mac mac;

    /**
     * Initialises this thread's MAC once.
     *
     * @param deliveries the deliveries, for the secret
     * @throws GeneralSecurityException when HmacSHA256 is missing
     */
    @Setup(Level.Trial)
    public void setUp(Deliveries deliveries) throws GeneralSecurityException {
      mac = newMac(deliveries.secret);
    }

    int advance() {
      int index = next;
      next = (index + 1) % VARIANTS;
      return index;
    }
  }

  /**
   * The SDK, signature only: {@code verifier.verifySignature(body, timestamp, signature)}.
   *
   * @param deliveries the deliveries
   * @param cursor this thread's position
   * @param blackhole consumes the verified body
   */
  @Benchmark
  public void sdkVerifySignature(Deliveries deliveries, Cursor cursor, Blackhole blackhole) {
    int i = cursor.advance();
    deliveries.verifier.verifySignature(deliveries.bodies[i], deliveries.timestamps[i], deliveries.signatures[i]);
    blackhole.consume(deliveries.bodies[i]);
  }

  /**
   * The SDK, signature then typed event: {@code GateApprovedWebhook.verify(verifier, body,
   * headers)}.
   *
   * @param deliveries the deliveries
   * @param cursor this thread's position
   * @param blackhole consumes the event
   */
  @Benchmark
  public void sdkVerifyAndParse(Deliveries deliveries, Cursor cursor, Blackhole blackhole) {
    int i = cursor.advance();
    blackhole.consume(
        GateApprovedWebhook.verify(deliveries.verifier, deliveries.bodies[i], deliveries.headers[i]));
  }

  /**
   * The floor: timestamp check, HMAC-SHA256 on a per-thread {@code Mac}, hex, {@code isEqual}.
   *
   * @param deliveries the deliveries
   * @param cursor this thread's position
   * @param blackhole consumes the outcome
   */
  @Benchmark
  public void floorVerify(Deliveries deliveries, Cursor cursor, Blackhole blackhole) {
    int i = cursor.advance();
    blackhole.consume(
        requireValid(floorVerify(cursor.mac, deliveries.bodies[i], deliveries.timestamps[i], deliveries.signatures[i])));
  }

  /**
   * The floor, then Jackson {@code readTree} of the body.
   *
   * @param deliveries the deliveries
   * @param cursor this thread's position
   * @param blackhole consumes the tree
   * @throws IOException never, for these bodies
   */
  @Benchmark
  public void floorVerifyAndReadTree(Deliveries deliveries, Cursor cursor, Blackhole blackhole)
      throws IOException {
    int i = cursor.advance();
    requireValid(floorVerify(cursor.mac, deliveries.bodies[i], deliveries.timestamps[i], deliveries.signatures[i]));
    blackhole.consume(deliveries.mapper.readTree(deliveries.bodies[i]));
  }

  /**
   * Context, not a target: the common hand-written verifier with a new {@code Mac} per delivery.
   *
   * @param deliveries the deliveries
   * @param cursor this thread's position
   * @param blackhole consumes the outcome
   * @throws GeneralSecurityException when HmacSHA256 is missing
   */
  @Benchmark
  public void typicalNewMacVerify(Deliveries deliveries, Cursor cursor, Blackhole blackhole)
      throws GeneralSecurityException {
    int i = cursor.advance();
    Mac mac = newMac(deliveries.secret);
    blackhole.consume(
        requireValid(floorVerify(mac, deliveries.bodies[i], deliveries.timestamps[i], deliveries.signatures[i])));
  }

  static Mac newMac(byte[] secret) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return mac;
  }

  /** Timestamp within tolerance, then lowercase hex HMAC compared in constant time. */
  static boolean floorVerify(Mac mac, byte[] body, String timestamp, String signature) {
    long sent = Long.parseLong(timestamp);
    long now = System.currentTimeMillis() / 1000;
    if (Math.abs(now - sent) > TOLERANCE_SECONDS) {
      return false;
    }
    mac.update(timestamp.getBytes(StandardCharsets.US_ASCII));
    mac.update((byte) '.');
    byte[] digest = mac.doFinal(body);
    byte[] hex = new byte[digest.length * 2];
    for (int i = 0; i < digest.length; i++) {
      hex[2 * i] = HEX[(digest[i] >> 4) & 0xf];
      hex[2 * i + 1] = HEX[digest[i] & 0xf];
    }
    return MessageDigest.isEqual(hex, signature.getBytes(StandardCharsets.US_ASCII));
  }

  private static boolean requireValid(boolean valid) {
    if (!valid) {
      throw new IllegalStateException("A delivery that must verify did not");
    }
    return valid;
  }
}
