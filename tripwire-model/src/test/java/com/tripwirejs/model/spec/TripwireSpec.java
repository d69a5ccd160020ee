package com.tripwirejs.model.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * The Tripwire API contract ({@code openapi.json} and {@code fixtures/}), read from the directory
 * that {@code -Dtripwire.spec.dir} or {@code TRIPWIRE_SPEC_DIR} names.
 *
 * <p>Neither set: tests that need the spec are skipped with a message saying how to enable them.
 * Set but not a spec directory: those tests fail, so that a CI run that points at a missing
 * directory fails instead of passing silently.
 */
public final class TripwireSpec {

  /** The system property naming the spec directory. */
  public static final String PROPERTY = "tripwire.spec.dir";

  /** The environment variable naming the spec directory. */
  public static final String ENVIRONMENT = "TRIPWIRE_SPEC_DIR";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static volatile TripwireSpec instance;

  private final Path root;
  private final JsonNode openapi;

  private TripwireSpec(Path root) {
    this.root = root;
    this.openapi = readJson(root.resolve("openapi.json"));
  }

  /**
   * The spec, or a skipped test when no spec directory is configured.
   *
   * @return the spec
   */
  public static TripwireSpec get() {
    TripwireSpec spec = instance;
    if (spec == null) {
      Optional<Path> dir = configuredDirectory();
      Assumptions.assumeTrue(
          dir.isPresent(),
          "Tripwire spec not configured: run with -D"
              + PROPERTY
              + "=../shared/tripwire-spec or set "
              + ENVIRONMENT
              + " to enable the contract tests");
      Path root = dir.get().toAbsolutePath().normalize();
      if (!Files.isRegularFile(root.resolve("openapi.json"))
          || !Files.isRegularFile(root.resolve("fixtures/manifest.json"))) {
        throw new AssertionError(
            "The Tripwire spec directory "
                + root
                + " (from "
                + PROPERTY
                + " or "
                + ENVIRONMENT
                + ") has no openapi.json and fixtures/manifest.json");
      }
      spec = new TripwireSpec(root);
      instance = spec;
    }
    return spec;
  }

  /**
   * The configured spec directory, if any; blank values count as not set.
   *
   * @return the directory
   */
  public static Optional<Path> configuredDirectory() {
    String value = System.getProperty(PROPERTY);
    if (value == null || value.isBlank()) {
      value = System.getenv(ENVIRONMENT);
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  /** The spec's root directory. */
  public Path root() {
    return root;
  }

  /** {@code openapi.json}. */
  public JsonNode openapi() {
    return openapi;
  }

  /** The component schema of that name. */
  public JsonNode schema(String name) {
    JsonNode schema = openapi.path("components").path("schemas").path(name);
    if (schema.isMissingNode()) {
      throw new IllegalArgumentException("No component schema " + name);
    }
    return schema;
  }

  /** A file below {@code fixtures/}, as bytes. */
  public byte[] fixtureBytes(String relative) {
    try {
      return Files.readAllBytes(root.resolve("fixtures").resolve(relative));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A file below {@code fixtures/}, as a JSON tree. */
  public JsonNode fixture(String relative) {
    return readJson(root.resolve("fixtures").resolve(relative));
  }

  /** Every entry of {@code fixtures/manifest.json}. */
  public List<FixtureEntry> manifest() {
    List<FixtureEntry> entries = new ArrayList<>();
    for (JsonNode entry : fixture("manifest.json").path("fixtures")) {
      entries.add(
          new FixtureEntry(
              entry.path("file").asText(),
              entry.path("method").asText(),
              entry.path("path").asText(),
              Integer.parseInt(entry.path("status").asText()),
              !"none".equals(entry.path("body").asText(null))));
    }
    return entries;
  }

  /** The JSON files of a fixtures subdirectory, sorted by name. */
  public List<Path> fixtureFiles(String directory) {
    try (Stream<Path> files = Files.list(root.resolve("fixtures").resolve(directory))) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The operation object of {@code openapi.json} for a method and path template.
   *
   * @param method lower-case HTTP method
   * @param pathTemplate the path as written in the spec
   * @return the operation
   */
  public JsonNode operation(String method, String pathTemplate) {
    JsonNode operation = openapi.path("paths").path(pathTemplate).path(method);
    if (operation.isMissingNode()) {
      throw new IllegalArgumentException("No operation " + method + " " + pathTemplate);
    }
    return operation;
  }

  /** Reads a JSON file into a tree. */
  public static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One entry of the fixture manifest. */
  public record FixtureEntry(String file, String method, String path, int status, boolean hasBody) {}
}
