package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Native Code Signing. */
@Value.Immutable
public abstract class SessionNativeCodeSigning implements TripwireObject {

  /**
   * Invalid.
   *
   * @return the invalid
   */
  @JsonProperty(value = "invalid", required = true)
  public abstract boolean invalid();

  /**
   * Code sign valid.
   *
   * @return the code sign valid, or null
   */
  @JsonProperty("code_sign_valid")
  public abstract @Nullable Boolean codeSignValid();

  /**
   * Text integrity ok.
   *
   * @return the text integrity ok, or null
   */
  @JsonProperty("text_integrity_ok")
  public abstract @Nullable Boolean textIntegrityOk();

  /**
   * Application debuggable.
   *
   * @return the application debuggable, or null
   */
  @JsonProperty("application_debuggable")
  public abstract @Nullable Boolean applicationDebuggable();

  /**
   * Dyld insert libraries.
   *
   * @return the dyld insert libraries, or null
   */
  @JsonProperty("dyld_insert_libraries")
  public abstract @Nullable List<String> dyldInsertLibraries();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeCodeSigning} values. */
  public static final class Builder extends ImmutableSessionNativeCodeSigning.Builder {}
}
