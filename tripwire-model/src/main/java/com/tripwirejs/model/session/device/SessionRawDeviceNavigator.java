package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.AbsentInOlderGenerations;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** What the browser's {@code navigator} object reported. */
@Value.Immutable
public abstract class SessionRawDeviceNavigator implements TripwireObject {

  /**
   * {@return the device model class from User-Agent Client Hints, such as {@code Pixel 10a}; a
   * model, not a unique device} Null when it was not reported, and in answers of the Tripwire
   * generation of the API, which lack it (see {@link #absentProperties()}).
   */
  @JsonProperty(value = "model", required = true)
  @AbsentInOlderGenerations
  public abstract @Nullable String model();

  /** {@return the platform, such as {@code macOS}} Null when it was not reported. */
  @JsonProperty(value = "platform", required = true)
  public abstract @Nullable String platform();

  /** {@return the browser vendor, such as {@code Google Inc.}} Null when it was not reported. */
  @JsonProperty(value = "vendor", required = true)
  public abstract @Nullable String vendor();

  /** {@return the number of logical processors} Null when it was not reported. */
  @JsonProperty(value = "hardware_concurrency", required = true)
  public abstract @Nullable Integer hardwareConcurrency();

  /** {@return the approximate device memory in gigabytes} Null when it was not reported. */
  @JsonProperty(value = "device_memory", required = true)
  public abstract @Nullable Double deviceMemory();

  /** {@return the most simultaneous touch points supported} Null when it was not reported. */
  @JsonProperty(value = "max_touch_points", required = true)
  public abstract @Nullable Integer maxTouchPoints();

  /** {@return whether the browser can show PDF files inline} Null when it was not reported. */
  @JsonProperty(value = "pdf_viewer_enabled", required = true)
  public abstract @Nullable Boolean pdfViewerEnabled();

  /** {@return whether cookies are enabled} Null when it was not reported. */
  @JsonProperty(value = "cookie_enabled", required = true)
  public abstract @Nullable Boolean cookieEnabled();

  /**
   * {@return the browser's build number, {@code navigator.productSub}, such as {@code 20030107}}
   * Null when it was not reported.
   */
  @JsonProperty(value = "product_sub", required = true)
  public abstract @Nullable String productSub();

  /** {@return the preferred language, such as {@code en-US}} Null when it was not reported. */
  @JsonProperty(value = "primary_language", required = true)
  public abstract @Nullable String primaryLanguage();

  /** {@return the preferred languages in order} */
  @JsonProperty(value = "languages", required = true)
  public abstract List<String> languages();

  /** {@return the number of supported MIME types} Null when it was not reported. */
  @JsonProperty(value = "mime_types_count", required = true)
  public abstract @Nullable Integer mimeTypesCount();

  /** {@return the names of the installed plugins, such as {@code PDF Viewer}} */
  @JsonProperty(value = "plugins", required = true)
  public abstract List<String> plugins();

  /**
   * The properties of today's contract that the answer this value was read from lacked, because an
   * older generation of the API wrote it (a Tripwire answer has no {@code model}). Empty for
   * answers of today's contract and for values built in code; kept so that the value writes back
   * exactly as it was read.
   *
   * @return JSON names of the properties the answer lacked
   */
  @Value.Auxiliary
  public abstract Set<String> absentProperties();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionRawDeviceNavigator() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceNavigator} values. */
  public static final class Builder extends ImmutableSessionRawDeviceNavigator.Builder {
    Builder() {}
  }
}
