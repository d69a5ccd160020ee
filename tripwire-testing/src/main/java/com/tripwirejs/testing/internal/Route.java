package com.tripwirejs.testing.internal;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One operation of the API: its method, its path template ({@code {}} marks a path parameter),
 * the auth it requires, the scope a secret key needs for it (from {@link Scopes}), what its
 * request may carry ({@link RequestSchema}), and the handler that answers it.
 */
record Route(
    String method,
    String path,
    List<String> template,
    Auth auth,
    @Nullable String scope,
    RequestSchema request,
    Handler handler) {
  /** The path prefix of the operations inside one organization, whose first parameter is its id. */
  static final String ORGANIZATION_PATH = "/v1/organizations/{}";

  /** The auth an operation requires, as the API's auth table gives it. */
  enum Auth {
    /** No credentials: the Gate registry and creating a Gate session. */
    NONE,
    /** The organization's secret key as the bearer token, with the operation's scope. */
    SECRET_KEY,
    /** The poll token ({@code gtpoll_...}) issued with the Gate session of the path. */
    POLL_TOKEN,
    /** A live Gate agent token ({@code agt_...}). */
    AGENT_TOKEN
  }

  /** Answers one call of the operation. */
  @FunctionalInterface
  interface Handler {
    Reply handle(Call call);
  }

  /**
   * A route; a secret-key operation takes its scope from {@link Scopes}, so an operation missing
   * from that table fails here, when the fake starts.
   */
  static Route of(String method, String path, Auth auth, Handler handler) {
    return of(method, path, auth, RequestSchema.NONE, handler);
  }

  /** A route whose request is checked against {@code request} before {@code handler} answers it. */
  static Route of(String method, String path, Auth auth, RequestSchema request, Handler handler) {
    String scope = auth == Auth.SECRET_KEY ? Scopes.required(method, path) : null;
    return new Route(method, path, List.of(path.replaceFirst("^/", "").split("/")), auth, scope, request, handler);
  }

  /** Whether the operation acts inside the organization its first path parameter names. */
  boolean inOrganization() {
    return path.equals(ORGANIZATION_PATH) || path.startsWith(ORGANIZATION_PATH + "/");
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
