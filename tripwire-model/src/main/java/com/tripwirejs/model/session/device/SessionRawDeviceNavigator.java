package com.tripwirejs.model.session.device;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import java.util.List;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Raw Device Navigator. */
@Value.Immutable
public abstract class SessionRawDeviceNavigator implements TripwireObject {

  /**
   * Platform.
   *
   * @return the platform, or null
   */
  @JsonProperty(value = "platform", required = true)
  public abstract @Nullable String platform();

  /**
   * Vendor.
   *
   * @return the vendor, or null
   */
  @JsonProperty(value = "vendor", required = true)
  public abstract @Nullable String vendor();

  /**
   * Hardware concurrency.
   *
   * @return the hardware concurrency, or null
   */
  @JsonProperty(value = "hardware_concurrency", required = true)
  public abstract @Nullable Integer hardwareConcurrency();

  /**
   * Device memory.
   *
   * @return the device memory, or null
   */
  @JsonProperty(value = "device_memory", required = true)
  public abstract @Nullable Double deviceMemory();

  /**
   * Max touch points.
   *
   * @return the max touch points, or null
   */
  @JsonProperty(value = "max_touch_points", required = true)
  public abstract @Nullable Integer maxTouchPoints();

  /**
   * Pdf viewer enabled.
   *
   * @return the pdf viewer enabled, or null
   */
  @JsonProperty(value = "pdf_viewer_enabled", required = true)
  public abstract @Nullable Boolean pdfViewerEnabled();

  /**
   * Cookie enabled.
   *
   * @return the cookie enabled, or null
   */
  @JsonProperty(value = "cookie_enabled", required = true)
  public abstract @Nullable Boolean cookieEnabled();

  /**
   * Product sub.
   *
   * @return the product sub, or null
   */
  @JsonProperty(value = "product_sub", required = true)
  public abstract @Nullable String productSub();

  /**
   * Primary language.
   *
   * @return the primary language, or null
   */
  @JsonProperty(value = "primary_language", required = true)
  public abstract @Nullable String primaryLanguage();

  /**
   * Languages.
   *
   * @return the languages
   */
  @JsonProperty(value = "languages", required = true)
  public abstract List<String> languages();

  /**
   * Mime types count.
   *
   * @return the mime types count, or null
   */
  @JsonProperty(value = "mime_types_count", required = true)
  public abstract @Nullable Integer mimeTypesCount();

  /**
   * Plugins.
   *
   * @return the plugins
   */
  @JsonProperty(value = "plugins", required = true)
  public abstract List<String> plugins();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionRawDeviceNavigator} values. */
  public static final class Builder extends ImmutableSessionRawDeviceNavigator.Builder {}
}
