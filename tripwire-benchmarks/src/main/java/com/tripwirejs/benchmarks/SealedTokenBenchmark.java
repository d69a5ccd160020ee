package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.tripwirejs.webhooks.token.SealedTokenVerifier;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
 * Sealed token verification: eight tokens, each sealed at setup under its own secret key with the
 * spec vector's payload ({@code fixtures/sealed-token/vector.v1.json}, with a distinct session id
 * per token), opened in turn.
 *
 * <p>{@link #sdkNewSecret} builds a {@code SealedTokenVerifier} for the token's secret and verifies
 * (the key derived on every call: two SHA-256), against {@link #floorNewSecret}, the same by hand
 * ({@link SealedTokenFloor}: SHA-256 key derivation, AES-GCM decrypt, {@code Inflater}, Jackson
 * {@code readTree}). {@link #sdkCachedKey} verifies with a verifier built once per secret, against
 * {@link #floorCachedKey} with the derived key kept. The SDK returns a typed {@code
 * SessionVerification}, the floor a {@code JsonNode} tree.
 *
 * <p>Version 2, verifiers built once: {@link #sdkV2OneRecipient} opens tokens sealed for the one
 * secret of its verifier, {@link #sdkV2ManyRecipients} tokens of {@value #MANY} recipients with the
 * verifier's entry last (every recipient id is compared and goes into the payload's associated
 * data), against {@link #floorV2OneRecipient} and {@link #floorV2ManyRecipients}: the same steps by
 * hand ({@link SealedTokenFloor#openV2}). The targets: one recipient at least 0.8 of {@link
 * #sdkCachedKey} (version 1) and of its floor; {@value #MANY} recipients at most twice the time of
 * one.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class SealedTokenBenchmark {

  private static final int VARIANTS = 8;

  /** The recipients of the large version 2 tokens: the most a token may have. */
  public static final int MANY = 256;

  /** The secrets, their tokens, verifiers and keys. */
  @State(Scope.Benchmark)
  public static class Tokens {
    final String[] secrets = new String[VARIANTS];
    final String[] tokens = new String[VARIANTS];
    final SealedTokenVerifier[] verifiers = new SealedTokenVerifier[VARIANTS];
    final SecretKeySpec[] keys = new SecretKeySpec[VARIANTS];
    /** Tokens of the eight payloads all sealed for the first secret. */
    final String[] firstKeyTokens = new String[VARIANTS];
    final SealedTokenFloor floor = new SealedTokenFloor();

    /**
     * Mints the tokens and checks that the SDK and the floor open them, and that the floor opens
     * the spec's own vector.
     *
     * @throws IOException when the vector cannot be read
     * @throws GeneralSecurityException when a JCA algorithm is missing
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, GeneralSecurityException {
      JsonNode vector = SpecFixtures.load().tree("sealed-token/vector.v1.json");
      JsonNode specPayload =
          floor.open(SealedTokenFloor.deriveKey(vector.path("secretKey").asText()), vector.path("token").asText());
      if (!specPayload.equals(vector.path("payload"))) {
        throw new IllegalStateException("The floor does not open the spec's sealed token vector");
      }
      ObjectMapper mapper = new ObjectMapper();
      SecureRandom random = new SecureRandom();
      String sessionId = vector.path("payload").path("session_id").asText();
      for (int i = 0; i < VARIANTS; i++) {
        secrets[i] = "sk_live_benchmark_secret_" + i;
        keys[i] = SealedTokenFloor.deriveKey(secrets[i]);
        ObjectNode payload = vector.path("payload").deepCopy();
        String variantSession = sessionId.substring(0, sessionId.length() - 1) + i;
        payload.put("session_id", variantSession);
        tokens[i] = SealedTokenFloor.seal(keys[i], mapper.writeValueAsBytes(payload), random);
        firstKeyTokens[i] = SealedTokenFloor.seal(keys[0], mapper.writeValueAsBytes(payload), random);
        verifiers[i] = SealedTokenVerifier.of(secrets[i]);
        if (!verifiers[i].verify(tokens[i]).sessionId().equals(variantSession)
            || !floor.open(keys[i], tokens[i]).path("session_id").asText().equals(variantSession)) {
          throw new IllegalStateException("Token " + i + " does not open");
        }
      }
    }
  }

  /** Version 2 tokens of one and of {@value #MANY} recipients, their verifiers and recipients. */
  @State(Scope.Benchmark)
  public static class V2Tokens {
    final String[] one = new String[VARIANTS];
    final String[] many = new String[VARIANTS];
    final SealedTokenVerifier[] verifiers = new SealedTokenVerifier[VARIANTS];
    final SealedTokenFloor.Recipient[] recipients = new SealedTokenFloor.Recipient[VARIANTS];
    /** One-recipient tokens of the eight payloads all sealed for the first secret. */
    final String[] firstKeyTokens = new String[VARIANTS];
    final SealedTokenFloor floor = new SealedTokenFloor();

    /**
     * Mints the tokens and checks that the SDK and the floor open them.
     *
     * @throws IOException when the vector cannot be read
     * @throws GeneralSecurityException when a JCA algorithm is missing
     */
    @Setup(Level.Trial)
    public void setUp() throws IOException, GeneralSecurityException {
      JsonNode vector = SpecFixtures.load().tree("sealed-token/vector.v1.json");
      ObjectMapper mapper = new ObjectMapper();
      SecureRandom random = new SecureRandom();
      String sessionId = vector.path("payload").path("session_id").asText();
      List<SealedTokenFloor.Recipient> others = new ArrayList<>();
      for (int i = 0; i < MANY - 1; i++) {
        others.add(SealedTokenFloor.Recipient.of("sk_live_other_recipient_" + i));
      }
      for (int i = 0; i < VARIANTS; i++) {
        String secret = "sk_live_benchmark_v2_secret_" + i;
        recipients[i] = SealedTokenFloor.Recipient.of(secret);
        verifiers[i] = SealedTokenVerifier.of(secret);
        ObjectNode payload = vector.path("payload").deepCopy();
        String variantSession = sessionId.substring(0, sessionId.length() - 1) + i;
        payload.put("session_id", variantSession);
        byte[] json = mapper.writeValueAsBytes(payload);
        one[i] = SealedTokenFloor.sealV2(List.of(recipients[i]), json, random);
        firstKeyTokens[i] = SealedTokenFloor.sealV2(List.of(recipients[0]), json, random);
        List<SealedTokenFloor.Recipient> all = new ArrayList<>(others);
        all.add(recipients[i]);
        many[i] = SealedTokenFloor.sealV2(all, json, random);
        for (String token : List.of(one[i], many[i])) {
          if (!verifiers[i].verify(token).sessionId().equals(variantSession)
              || !floor.openV2(recipients[i], token).path("session_id").asText().equals(variantSession)) {
            throw new IllegalStateException("Version 2 token " + i + " does not open");
          }
        }
      }
    }
  }

  /** Each thread's position among the tokens. */
  @State(Scope.Thread)
  public static class Cursor {
    int next;

    int advance() {
      int index = next;
      next = (index + 1) % VARIANTS;
      return index;
    }
  }

  /**
   * The SDK, key derived per call: {@code SealedTokenVerifier.of(secret).verify(token)}.
   *
   * @param tokens the tokens
   * @param cursor this thread's position
   * @param blackhole consumes the session verification
   */
  @Benchmark
  public void sdkNewSecret(Tokens tokens, Cursor cursor, Blackhole blackhole) {
    int i = cursor.advance();
    blackhole.consume(SealedTokenVerifier.of(tokens.secrets[i]).verify(tokens.tokens[i]));
  }

  /**
   * The SDK, key derived once: {@code verifier.verify(token)}.
   *
   * @param tokens the tokens
   * @param cursor this thread's position
   * @param blackhole consumes the session verification
   */
  @Benchmark
  public void sdkCachedKey(Tokens tokens, Cursor cursor, Blackhole blackhole) {
    int i = cursor.advance();
    blackhole.consume(tokens.verifiers[i].verify(tokens.tokens[i]));
  }

  /**
   * The JCA floor, key derived per call.
   *
   * @param tokens the tokens
   * @param cursor this thread's position
   * @param blackhole consumes the payload tree
   * @throws GeneralSecurityException never, for these tokens
   * @throws IOException never, for these tokens
   */
  @Benchmark
  public void floorNewSecret(Tokens tokens, Cursor cursor, Blackhole blackhole)
      throws GeneralSecurityException, IOException {
    int i = cursor.advance();
    blackhole.consume(tokens.floor.open(SealedTokenFloor.deriveKey(tokens.secrets[i]), tokens.tokens[i]));
  }

  /**
   * The JCA floor, key derived once.
   *
   * @param tokens the tokens
   * @param cursor this thread's position
   * @param blackhole consumes the payload tree
   * @throws GeneralSecurityException never, for these tokens
   * @throws IOException never, for these tokens
   */
  @Benchmark
  public void floorCachedKey(Tokens tokens, Cursor cursor, Blackhole blackhole)
      throws GeneralSecurityException, IOException {
    int i = cursor.advance();
    blackhole.consume(tokens.floor.open(tokens.keys[i], tokens.tokens[i]));
  }

  /**
   * The SDK, version 2, one recipient: {@code verifier.verify(token)}.
   *
   * @param tokens the tokens
   * @param cursor this thread's position
   * @param blackhole consumes the session verification
   */
  @Benchmark
  public void sdkV2OneRecipient(V2Tokens tokens, Cursor cursor, Blackhole blackhole) {
    int i = cursor.advance();
    blackhole.consume(tokens.verifiers[i].verify(tokens.one[i]));
  }

  /**
   * The SDK, version 2, {@value #MANY} recipients, the verifier's last.
   *
   * @param tokens the tokens
   * @param cursor this thread's position
   * @param blackhole consumes the session verification
   */
  @Benchmark
  public void sdkV2ManyRecipients(V2Tokens tokens, Cursor cursor, Blackhole blackhole) {
    int i = cursor.advance();
    blackhole.consume(tokens.verifiers[i].verify(tokens.many[i]));
  }

  /**
   * The JCA floor, version 2, one recipient.
   *
   * @param tokens the tokens
   * @param cursor this thread's position
   * @param blackhole consumes the payload tree
   * @throws GeneralSecurityException never, for these tokens
   * @throws IOException never, for these tokens
   */
  @Benchmark
  public void floorV2OneRecipient(V2Tokens tokens, Cursor cursor, Blackhole blackhole)
      throws GeneralSecurityException, IOException {
    int i = cursor.advance();
    blackhole.consume(tokens.floor.openV2(tokens.recipients[i], tokens.one[i]));
  }

  /**
   * The JCA floor, version 2, {@value #MANY} recipients, the verifier's last.
   *
   * @param tokens the tokens
   * @param cursor this thread's position
   * @param blackhole consumes the payload tree
   * @throws GeneralSecurityException never, for these tokens
   * @throws IOException never, for these tokens
   */
  @Benchmark
  public void floorV2ManyRecipients(V2Tokens tokens, Cursor cursor, Blackhole blackhole)
      throws GeneralSecurityException, IOException {
    int i = cursor.advance();
    blackhole.consume(tokens.floor.openV2(tokens.recipients[i], tokens.many[i]));
  }
}
