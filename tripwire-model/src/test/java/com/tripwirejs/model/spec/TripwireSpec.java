package com.tripwirejs.model.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * One generation of the API contract ({@code openapi.json} and {@code fixtures/}), read from the
 * directory that the generation's system property or environment variable names ({@link
 * SpecGeneration}).
 *
 * <p>Not configured: tests that need that generation are skipped with a message saying how to
 * enable them. Configured but not a spec directory: those tests fail, so that a CI run that points
 * at a missing directory fails instead of passing silently. CI configures all three.
 */
public final class TripwireSpec {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<SpecGeneration, TripwireSpec> LOADED = new ConcurrentHashMap<>();

  private final SpecGeneration generation;
  private final Path root;
  private final JsonNode openapi;

  private TripwireSpec(SpecGeneration generation, Path root) {
    this.generation = generation;
    this.root = root;
    this.openapi = readJson(root.resolve("openapi.json"));
  }

  /**
   * The spec of one generation, or a skipped test when its directory is not configured.
   *
   * @param generation the generation
   * @return the spec
   */
  public static TripwireSpec of(SpecGeneration generation) {
    Optional<Path> dir = configuredDirectory(generation);
    Assumptions.assumeTrue(
        dir.isPresent(),
        "The "
            + generation.directoryName()
            + " contract is not configured: run with -D"
            + generation.property()
            + "=../shared/"
            + generation.directoryName()
            + " or set "
            + generation.environmentVariable()
            + " to enable these contract tests");
    return load(generation, dir.get());
  }

  /**
   * The spec of every configured generation, newest first; a skipped test when none is.
   *
   * @return the specs
   */
  public static List<TripwireSpec> configured() {
    List<TripwireSpec> specs = new ArrayList<>();
    for (SpecGeneration generation : SpecGeneration.values()) {
      configuredDirectory(generation).ifPresent(dir -> specs.add(load(generation, dir)));
    }
    Assumptions.assumeFalse(
        specs.isEmpty(),
        "No contract configured: set FOIL_SPEC_DIR, FOIL_SPEC_2026_07_DIR and TRIPWIRE_SPEC_DIR (or"
            + " -Dfoil.spec.dir, -Dfoil.spec.2026-07.dir, -Dtripwire.spec.dir) to the directories"
            + " in ../shared to enable the contract tests");
    return specs;
  }

  /**
   * The configured generations whose contract has Gate, newest first; a skipped test when none is.
   *
   * @return the specs
   */
  public static List<TripwireSpec> configuredWithGate() {
    List<TripwireSpec> specs = configured().stream().filter(s -> s.generation().hasGate()).toList();
    Assumptions.assumeFalse(specs.isEmpty(), "No contract with Gate configured");
    return specs;
  }

  private static TripwireSpec load(SpecGeneration generation, Path dir) {
    return LOADED.computeIfAbsent(
        generation,
        g -> {
          Path root = dir.toAbsolutePath().normalize();
          if (!Files.isRegularFile(root.resolve("openapi.json"))
              || !Files.isRegularFile(root.resolve("fixtures/manifest.json"))) {
            throw new AssertionError(
                "The "
                    + g.directoryName()
                    + " directory "
                    + root
                    + " (from "
                    + g.property()
                    + " or "
                    + g.environmentVariable()
                    + ") has no openapi.json and fixtures/manifest.json");
          }
          return new TripwireSpec(g, root);
        });
  }

  /**
   * The configured directory of a generation, if any; blank values count as not set.
   *
   * @param generation the generation
   * @return the directory
   */
  public static Optional<Path> configuredDirectory(SpecGeneration generation) {
    String value = System.getProperty(generation.property());
    if (value == null || value.isBlank()) {
      value = System.getenv(generation.environmentVariable());
    }
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value));
  }

  /** The generation of this contract. */
  public SpecGeneration generation() {
    return generation;
  }

  /** The generation's directory name, so that parameterized tests name the contract they ran on. */
  @Override
  public String toString() {
    return generation.directoryName();
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
