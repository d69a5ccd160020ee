package com.tripwirejs.webhooks;

import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.webhooks.WebhookVerificationException.Reason;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Finds the signature headers of a delivery, case-insensitively, in what web frameworks hand to a
 * handler (a map whose values are strings, lists of strings or string arrays, or a function from
 * name to value), and chooses the generation whose names they use.
 *
 * <p>The rule, in the order of {@link ServiceGeneration#ACCEPTED} (Foil, then Tripwire): the
 * generations with at least one of their two headers present are considered. None: the headers are
 * missing. One: its pair is used and must be complete. Several: each of them must have its
 * complete pair, and the first one (Foil) is used; any incomplete pair among them is a mix of
 * generations and fails, because a sender signs under one generation's names only.
 */
final class HeaderLookup {

  private HeaderLookup() {}

  /** The signature headers of a delivery whose headers are a map. */
  static WebhookSignature signature(Map<String, ?> headers) {
    Objects.requireNonNull(headers, "headers");
    return choose(name -> find(headers, name));
  }

  /** The signature headers of a delivery whose headers come from a lookup function. */
  static WebhookSignature signature(Function<String, ? extends @Nullable String> headers) {
    Objects.requireNonNull(headers, "headers");
    return choose(name -> find(headers, name));
  }

  private static WebhookSignature choose(Function<String, @Nullable String> find) {
    List<ServiceGeneration> present = new ArrayList<>();
    List<String> presentNames = new ArrayList<>();
    @Nullable WebhookSignature chosen = null;
    boolean incomplete = false;
    for (ServiceGeneration generation : ServiceGeneration.ACCEPTED) {
      @Nullable String timestamp = find.apply(generation.webhookTimestampHeader());
      @Nullable String signature = find.apply(generation.webhookSignatureHeader());
      if (timestamp == null && signature == null) {
        continue;
      }
      present.add(generation);
      if (timestamp != null) {
        presentNames.add(generation.webhookTimestampHeader());
      }
      if (signature != null) {
        presentNames.add(generation.webhookSignatureHeader());
      }
      if (timestamp == null || signature == null) {
        incomplete = true;
      } else if (chosen == null) {
        chosen = new WebhookSignature(generation, timestamp, signature);
      }
    }
    if (present.isEmpty()) {
      ServiceGeneration current = ServiceGeneration.CURRENT;
      throw new WebhookVerificationException(
          Reason.MISSING_HEADER,
          "The delivery has no "
              + current.webhookTimestampHeader()
              + " and "
              + current.webhookSignatureHeader()
              + " headers"
              + otherPairs(current)
              + ": pass the request's headers as received (names are matched"
              + " case-insensitively)");
    }
    if (present.size() == 1 && incomplete) {
      ServiceGeneration generation = present.get(0);
      String missing =
          presentNames.contains(generation.webhookTimestampHeader())
              ? generation.webhookSignatureHeader()
              : generation.webhookTimestampHeader();
      throw new WebhookVerificationException(
          Reason.MISSING_HEADER,
          "The delivery has "
              + presentNames.get(0)
              + " but no "
              + missing
              + " header: pass the request's headers as received (names are matched"
              + " case-insensitively)");
    }
    if (incomplete || chosen == null) {
      throw new WebhookVerificationException(
          Reason.MIXED_HEADERS,
          "The delivery carries "
              + String.join(", ", presentNames)
              + ", which is not one complete pair of one generation: a delivery is signed with "
              + ServiceGeneration.ACCEPTED.stream()
                  .map(g -> g.webhookTimestampHeader() + " and " + g.webhookSignatureHeader())
                  .collect(Collectors.joining(", or with "))
              + ", never a mix of the two");
    }
    return chosen;
  }

  /** The header pairs of the other accepted generations, as a parenthesis for a message. */
  private static String otherPairs(ServiceGeneration except) {
    String others =
        ServiceGeneration.ACCEPTED.stream()
            .filter(g -> g != except)
            .map(g -> g.webhookTimestampHeader() + " and " + g.webhookSignatureHeader())
            .collect(Collectors.joining(", nor "));
    return others.isEmpty() ? "" : " (nor " + others + ", which older senders use)";
  }

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
        Reason.MALFORMED_HEADER, name + " was sent more than once; a delivery carries exactly one");
  }
}
