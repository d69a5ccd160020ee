package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Tripwire spec's fixtures, read from the directory that {@code -Dtripwire.spec.dir} or the
 * {@code TRIPWIRE_SPEC_DIR} environment variable names, as the SDK's contract tests find it.
 *
 * <p>API fixtures are found through {@code fixtures/manifest.json} by method, path template and
 * status, so that the benchmarks serve exactly the golden response of the operation they call. A
 * benchmark without the spec fails at setup: it has nothing honest to measure.
 */
public final class SpecFixtures {

  /** The system property naming the spec directory. */
  public static final String PROPERTY = "tripwire.spec.dir";

  /** The environment variable naming the spec directory. */
  public static final String ENVIRONMENT = "TRIPWIRE_SPEC_DIR";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path fixtures;

  private SpecFixtures(Path fixtures) {
    this.fixtures = fixtures;
  }

  /**
   * The configured spec.
   *
   * @return the spec's fixtures
   * @throws IllegalStateException when no spec directory is configured or it is not the spec
   */
  public static SpecFixtures load() {
    String dir = System.getProperty(PROPERTY);
    if (dir == null || dir.isBlank()) {
      dir = System.getenv(ENVIRONMENT);
    }
    if (dir == null || dir.isBlank()) {
      throw new IllegalStateException(
          "The benchmarks serve the Tripwire spec's fixtures: set "
              + ENVIRONMENT
              + " or -D"
              + PROPERTY
              + " to the tripwire-spec directory");
    }
    Path root = Path.of(dir).toAbsolutePath().normalize();
    if (!Files.isRegularFile(root.resolve("openapi.json"))
        || !Files.isRegularFile(root.resolve("fixtures/manifest.json"))) {
      throw new IllegalStateException(
          root + " is not the Tripwire spec (no openapi.json and fixtures/manifest.json)");
    }
    return new SpecFixtures(root.resolve("fixtures"));
  }

  /**
   * The bytes of the golden response the manifest lists for an operation.
   *
   * @param method the HTTP method, lower case as in the manifest
   * @param pathTemplate the path template, such as {@code /v1/sessions/{sessionId}}
   * @param status the status, such as {@code 200}
   * @return the fixture's bytes, exactly as in the spec
   */
  public byte[] apiResponse(String method, String pathTemplate, int status) {
    for (JsonNode entry : tree("manifest.json").path("fixtures")) {
      if (method.equals(entry.path("method").asText())
          && pathTemplate.equals(entry.path("path").asText())
          && String.valueOf(status).equals(entry.path("status").asText())
          && entry.hasNonNull("file")) {
        return bytes(entry.path("file").asText());
      }
    }
    throw new IllegalStateException(
        "fixtures/manifest.json lists no " + status + " fixture for " + method + " " + pathTemplate);
  }

  /**
   * The golden response of {@code GET /v1/sessions/{sessionId}}.
   *
   * @return the session detail fixture's bytes
   */
  public byte[] sessionDetail() {
    return apiResponse("get", "/v1/sessions/{sessionId}", 200);
  }

  /**
   * The golden response of {@code GET /v1/sessions}.
   *
   * @return the session list fixture's bytes
   */
  public byte[] sessionList() {
    return apiResponse("get", "/v1/sessions", 200);
  }

  /**
   * A file below {@code fixtures/}.
   *
   * @param relative the path below {@code fixtures/}
   * @return its bytes
   */
  public byte[] bytes(String relative) {
    try {
      return Files.readAllBytes(fixtures.resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A JSON file below {@code fixtures/}, as a tree.
   *
   * @param relative the path below {@code fixtures/}
   * @return the tree
   */
  public JsonNode tree(String relative) {
    try {
      return JSON.readTree(bytes(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
