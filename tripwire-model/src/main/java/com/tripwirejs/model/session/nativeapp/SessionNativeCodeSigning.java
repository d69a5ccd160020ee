package com.tripwirejs.model.session.nativeapp;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** The code signing check of a native app. */
@Value.Immutable
public abstract class SessionNativeCodeSigning implements TripwireObject {

  /** {@return whether the app's code signature is invalid} */
  @JsonProperty(value = "invalid", required = true)
  public abstract boolean invalid();

  /** {@return whether the code signature validated} Null when the SDK did not report it. */
  @JsonProperty("code_sign_valid")
  public abstract @Nullable Boolean codeSignValid();

  /**
   * {@return whether the app's executable code is unmodified} Null when the SDK did not report it.
   */
  @JsonProperty("text_integrity_ok")
  public abstract @Nullable Boolean textIntegrityOk();

  /** {@return whether the app is built as debuggable} Null when the SDK did not report it. */
  @JsonProperty("application_debuggable")
  public abstract @Nullable Boolean applicationDebuggable();

  /**
   * {@return the libraries injected through {@code DYLD_INSERT_LIBRARIES} (iOS)} Null when the SDK
   * did not report them.
   */
  @JsonProperty("dyld_insert_libraries")
  public abstract @Nullable List<String> dyldInsertLibraries();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionNativeCodeSigning() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionNativeCodeSigning} values. */
  public static final class Builder extends ImmutableSessionNativeCodeSigning.Builder {
    Builder() {}
  }
}
