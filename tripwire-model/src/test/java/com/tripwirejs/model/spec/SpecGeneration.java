package com.tripwirejs.model.spec;

/**
 * The generations of the API contract that the SDK accepts, each read from the directory that its
 * system property or environment variable names (the README's "Running the tests" lists them).
 */
public enum SpecGeneration {

  /** Foil today ({@code ../shared/foil-spec}): 21 operations, no Gate, sealed tokens v1 and v2. */
  FOIL("foil-spec", "foil.spec.dir", "FOIL_SPEC_DIR", false, true),

  /** Foil as of July 2026 ({@code ../shared/foil-spec-2026-07}): 35 operations, Gate under Foil names. */
  FOIL_2026_07("foil-spec-2026-07", "foil.spec.2026-07.dir", "FOIL_SPEC_2026_07_DIR", true, true),

  /** The contract before the May 2026 rename ({@code ../shared/tripwire-spec}): 34 operations. */
  TRIPWIRE("tripwire-spec", "tripwire.spec.dir", "TRIPWIRE_SPEC_DIR", true, false);

  private final String directoryName;
  private final String property;
  private final String environmentVariable;
  private final boolean hasGate;
  private final boolean foilNames;

  SpecGeneration(
      String directoryName,
      String property,
      String environmentVariable,
      boolean hasGate,
      boolean foilNames) {
    this.directoryName = directoryName;
    this.property = property;
    this.environmentVariable = environmentVariable;
    this.hasGate = hasGate;
    this.foilNames = foilNames;
  }

  /** {@return the directory's name beside the repository, such as {@code foil-spec}} */
  public String directoryName() {
    return directoryName;
  }

  /** {@return the system property naming the directory} */
  public String property() {
    return property;
  }

  /** {@return the environment variable naming the directory} */
  public String environmentVariable() {
    return environmentVariable;
  }

  /** {@return whether this generation's contract has Gate's operations, schemas and vectors} */
  public boolean hasGate() {
    return hasGate;
  }

  /** {@return whether the service went by the name Foil in this generation (else Tripwire)} */
  public boolean foilNames() {
    return foilNames;
  }

  /** {@return whether this generation has sealed tokens of version 2} */
  public boolean hasSealedTokenV2() {
    return foilNames;
  }
}
