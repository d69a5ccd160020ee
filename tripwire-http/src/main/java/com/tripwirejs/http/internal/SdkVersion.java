package com.tripwirejs.http.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The SDK's version, as the build recorded it. */
public final class SdkVersion {

  /** The version, such as {@code 1.2.0}. */
  public static final String VERSION = load();

  /**
   * The value of the header that names the SDK ({@link
   * com.tripwirejs.model.ServiceGeneration#clientHeader()}, {@code X-Foil-Client}), such as {@code
   * tripwire-server-java/1.2.0}.
   */
  public static final String CLIENT = "tripwire-server-java/" + VERSION;

  private SdkVersion() {}

  private static String load() {
    try (InputStream in = SdkVersion.class.getResourceAsStream("/com/tripwirejs/http/version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from tripwire-http");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version");
      if (version == null || version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException("version.properties of tripwire-http was not filtered");
      }
      return version.trim();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot read the SDK version", e);
    }
  }
}
