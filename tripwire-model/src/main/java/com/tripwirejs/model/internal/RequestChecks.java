package com.tripwirejs.model.internal;

import com.tripwirejs.model.Secret;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The checks that request bodies make when they are built, so that a request the API would reject
 * fails before it is sent, with a message that names the JSON property and says how to fix it.
 *
 * <p>Messages never contain the offending value: request bodies carry tokens and login codes. Every
 * check passes a null value, which stands for a property that is not set; required properties are
 * enforced by the builders themselves.
 */
public final class RequestChecks {

  private static final Pattern WEBHOOK_ENDPOINT_ID = Pattern.compile("we_[0-9a-f]{32}");

  private static final Pattern HEX_COLOR =
      Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})");

  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  private RequestChecks() {}

  /**
   * Requires a set string to have a character other than white space.
   *
   * @param value the value, null when not set
   * @param property the JSON property
   * @param fix how to fix a blank value
   */
  public static void nonBlank(@Nullable String value, String property, String fix) {
    if (value != null && value.isBlank()) {
      throw invalid(property + " must not be blank: " + fix);
    }
  }

  /**
   * Requires a set secret to have a character other than white space.
   *
   * @param value the value, null when not set
   * @param property the JSON property
   * @param fix how to fix a blank value
   */
  public static void nonBlank(@Nullable Secret value, String property, String fix) {
    if (value != null && value.reveal().isBlank()) {
      throw invalid(property + " must not be blank: " + fix);
    }
  }

  /**
   * Requires a set string to be an absolute URI, such as {@code https://app.acme.co}.
   *
   * @param value the value, null when not set
   * @param property the JSON property
   */
  public static void absoluteUri(@Nullable String value, String property) {
    if (value != null && !isAbsoluteUri(value)) {
      throw invalid(
          property
              + " must be an absolute URI with a scheme, such as https://app.acme.co/signup;"
              + " check for spaces or a missing https://");
    }
  }

  /**
   * Requires every element of a set list to be an absolute URI.
   *
   * @param values the values, null when not set
   * @param property the JSON property of the list
   */
  public static void absoluteUris(@Nullable List<String> values, String property) {
    if (values != null) {
      for (int i = 0; i < values.size(); i++) {
        absoluteUri(values.get(i), property + "[" + i + "]");
      }
    }
  }

  /**
   * Requires a set collection to have at least one element.
   *
   * @param values the values, null when not set
   * @param property the JSON property
   * @param fix how to fix an empty collection
   */
  public static void notEmpty(@Nullable Collection<?> values, String property, String fix) {
    if (values != null && values.isEmpty()) {
      throw invalid(property + " must not be empty: " + fix);
    }
  }

  /**
   * Requires a set string to be a webhook endpoint id.
   *
   * @param value the value, null when not set
   * @param property the JSON property
   */
  public static void webhookEndpointId(@Nullable String value, String property) {
    if (value != null && !WEBHOOK_ENDPOINT_ID.matcher(value).matches()) {
      throw invalid(
          property
              + " must be a webhook endpoint id: we_ followed by 32 lowercase hex digits, as"
              + " WebhookEndpoint.id() returns it");
    }
  }

  /**
   * Requires a set string to be a hex color.
   *
   * @param value the value, null when not set
   * @param property the JSON property
   */
  public static void hexColor(@Nullable String value, String property) {
    if (value != null && !HEX_COLOR.matcher(value).matches()) {
      throw invalid(
          property + " must be a hex color #RGB, #RGBA, #RRGGBB or #RRGGBBAA, such as #117BE7");
    }
  }

  /**
   * Requires a set string to be a slug.
   *
   * @param value the value, null when not set
   * @param property the JSON property
   */
  public static void slug(@Nullable String value, String property) {
    if (value != null && !SLUG.matcher(value).matches()) {
      throw invalid(
          property
              + " must be lowercase letters and digits in groups joined by single dashes, such as"
              + " acme-growth");
    }
  }

  /**
   * Requires a set string to have at most {@code max} characters, counted as JSON Schema's {@code
   * maxLength} counts them: code points.
   *
   * @param value the value, null when not set
   * @param property the JSON property
   * @param max the largest length allowed
   */
  public static void maxLength(@Nullable String value, String property, int max) {
    if (value != null && value.codePointCount(0, value.length()) > max) {
      throw invalid(property + " must be at most " + max + " characters long");
    }
  }

  /**
   * Requires an update to change something.
   *
   * @param anySet whether any property is set
   * @param properties the JSON properties the update may set, for the message
   */
  public static void anySet(boolean anySet, String properties) {
    if (!anySet) {
      throw invalid("An update must set at least one property: set one of " + properties);
    }
  }

  /**
   * Creates the exception of a failed check.
   *
   * @param message what is wrong and how to fix it, without the value
   * @return the exception
   */
  public static IllegalArgumentException invalid(String message) {
    return new IllegalArgumentException(message);
  }

  private static boolean isAbsoluteUri(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute()
          && uri.getSchemeSpecificPart() != null
          && !uri.getSchemeSpecificPart().isEmpty();
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
