package com.tripwirejs.testing.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One operation of the API: its method, its path template ({@code {}} marks a path parameter),
 * the auth it requires, and the handler that answers it.
 */
record Route(String method, List<String> template, Auth auth, Handler handler) {
  /** The auth an operation requires. */
  enum Auth {
    /** No credentials. */
    NONE,
    /** The organization's secret key as the bearer token. */
    SECRET_KEY
  }

  /** Answers one call of the operation. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  static Route of(String method, String path, Auth auth, Handler handler) {
    return new Route(method, List.of(path.replaceFirst("^/", "").split("/")), auth, handler);
  }

  /** The path parameters when {@code segments} fit the template, else null. */
  @Nullable List<String> match(List<String> segments) {
    if (segments.size() != template.size()) {
      return null;
    }
    List<String> parameters = new ArrayList<>();
    for (int i = 0; i < segments.size(); i++) {
      String part = template.get(i);
      if (part.equals("{}")) {
        if (segments.get(i).isEmpty()) {
          return null;
        }
        parameters.add(segments.get(i));
      } else if (!part.equals(segments.get(i))) {
        return null;
      }
    }
    return parameters;
  }
}
