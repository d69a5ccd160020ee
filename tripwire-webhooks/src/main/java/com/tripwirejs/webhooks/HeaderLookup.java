package com.tripwirejs.webhooks;

import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Finds one header, case-insensitively, in what web frameworks hand to a handler: a map whose
 * values are strings, lists of strings or string arrays, or a function from name to value.
 */
final class HeaderLookup {

  private HeaderLookup() {}

  /**
   * The one value of {@code name} in {@code headers}.
   *
   * @return the value, or null when the header is absent
   * @throws WebhookVerificationException when the header has several values
   * @throws IllegalArgumentException when a value is of a type no framework uses for headers
   */
  static @Nullable String find(Map<String, ?> headers, String name) {
    String found = null;
    int count = 0;
    for (Map.Entry<String, ?> entry : headers.entrySet()) {
      String key = entry.getKey();
      if (key == null || !key.equalsIgnoreCase(name)) {
        continue;
      }
      Object value = entry.getValue();
      if (value instanceof String) {
        found = (String) value;
        count++;
      } else if (value instanceof Collection) {
        for (Object element : (Collection<?>) value) {
          if (element != null) {
            found = asString(element, name);
            count++;
          }
        }
      } else if (value instanceof String[]) {
        for (String element : (String[]) value) {
          if (element != null) {
            found = element;
            count++;
          }
        }
      } else if (value != null) {
        throw unsupported(value, name);
      }
    }
    if (count > 1) {
      throw duplicated(name);
    }
    return found;
  }

  /**
   * The value of {@code name} from a lookup function: asked for the name as documented, then, if
   * that gives nothing, in lower case (the form HTTP/2 uses and many maps store).
   *
   * @return the value, or null when the header is absent
   */
  static @Nullable String find(Function<String, ? extends @Nullable String> headers, String name) {
    String value = headers.apply(name);
    if (value == null) {
      value = headers.apply(name.toLowerCase(Locale.ROOT));
    }
    return value;
  }

  private static String asString(Object element, String name) {
    if (element instanceof String) {
      return (String) element;
    }
    throw unsupported(element, name);
  }

  private static IllegalArgumentException unsupported(Object value, String name) {
    return new IllegalArgumentException(
        "The value of header "
            + name
            + " is a "
            + value.getClass().getName()
            + "; pass header values as String, a Collection of String or String[]");
  }

  private static WebhookVerificationException duplicated(String name) {
    return new WebhookVerificationException(
        Reason.MALFORMED_HEADER,
        name + " was sent more than once; a Tripwire delivery carries exactly one");
  }
}
