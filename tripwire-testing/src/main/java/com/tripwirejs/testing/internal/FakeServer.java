package com.tripwirejs.testing.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.json.TripwireJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * The fake's HTTP side: a JDK HTTP server on a loopback port that routes each request to the
 * resource that answers it, checks its auth (a secret key and its scope, or that a poll or agent
 * token is there for the handler to check against its resource), that a secret key acts only in
 * its own organization, and the request against its operation's {@link RequestSchema}, in that
 * order, and writes the API's success and error envelopes.
 */
public final class FakeServer implements AutoCloseable {
  /** Request bodies the fake reads at most; the API's own bodies are far smaller. */
  private static final int MAX_BODY_BYTES = 1024 * 1024;

  private final FakeState state;
  private final List<Route> routes;
  private final HttpServer server;
  private final ExecutorService executor;

  /** Starts a server on an ephemeral loopback port over {@code state}. */
  public FakeServer(FakeState state) {
    this.state = state;
    this.routes = new ArrayList<>();
    RequestSchemas schemas = new RequestSchemas(state.gateEnabled());
    new SessionRoutes(state, schemas).register(routes);
    new OrganizationRoutes(state, schemas).register(routes);
    new WebhookRoutes(state, schemas).register(routes);
    if (state.gateEnabled()) {
      // Loaded only here: the Gate routes need tripwire-gate, an optional dependency.
      GateRoutes.register(state, schemas, routes);
    }
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new IllegalStateException("The fake Tripwire API could not open a loopback port", e);
    }
    executor = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "fake-tripwire");
      thread.setDaemon(true);
      return thread;
    });
    server.setExecutor(executor);
    server.createContext("/", this::handle);
    server.start();
  }

  /** The base URL a client is pointed at, such as {@code http://127.0.0.1:49152}. */
  public URI baseUrl() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    String requestId = state.ids().hex("req_", 16);
    try (exchange) {
      exchange.getResponseHeaders().set("x-request-id", requestId);
      Reply reply;
      try {
        reply = dispatch(exchange);
      } catch (ApiProblem problem) {
        write(exchange, problem.status, errorBody(problem, requestId));
        return;
      } catch (RuntimeException e) {
        ApiProblem problem = ApiProblem.internal(e);
        write(exchange, problem.status, errorBody(problem, requestId));
        return;
      }
      if (reply.data() == null) {
        exchange.sendResponseHeaders(reply.status(), -1);
        return;
      }
      ObjectNode body = JsonNodeFactory.instance.objectNode();
      body.set("data", reply.data());
      if (reply.pagination() != null) {
        body.set("pagination", reply.pagination());
      }
      body.putObject("meta").put("request_id", requestId);
      write(exchange, reply.status(), body);
    }
  }

  private Reply dispatch(HttpExchange exchange) throws IOException {
    String method = exchange.getRequestMethod();
    URI uri = exchange.getRequestURI();
    String[] rawSegments = uri.getRawPath().replaceFirst("^/", "").split("/", -1);
    List<String> segments = new ArrayList<>(rawSegments.length);
    for (String raw : rawSegments) {
      // A path segment is percent-encoded, not form-encoded: '+' is a plus sign there.
      segments.add(Call.decode(raw.replace("+", "%2B")));
    }
    boolean pathMatched = false;
    for (Route route : routes) {
      List<String> parameters = route.match(segments);
      if (parameters == null) {
        continue;
      }
      pathMatched = true;
      if (!route.method().equals(method)) {
        continue;
      }
      String token = bearerToken(exchange.getRequestHeaders().getFirst("Authorization"));
      Principal principal = null;
      String bearer = null;
      switch (route.auth()) {
        case SECRET_KEY -> {
          principal = state.authenticate(token);
          principal.require(Objects.requireNonNull(route.scope()), method, uri.getPath());
        }
        case POLL_TOKEN, AGENT_TOKEN -> {
          if (token == null) {
            throw ApiProblem.missingApiKey();
          }
          bearer = token;
        }
        case NONE -> {
          // The registry and Gate session creation take no credentials, and ignore any sent.
        }
      }
      if (principal != null && route.inOrganization()) {
        principal.requireOrganization(parameters.get(0));
      }
      Call call = new Call(parameters, uri.getRawQuery(), readBody(exchange.getRequestBody()), principal, bearer);
      call.validate(route.request());
      return route.handler().handle(call);
    }
    throw pathMatched
        ? ApiProblem.methodNotAllowed(method, uri.getPath())
        : ApiProblem.routeNotFound(method, uri.getPath());
  }

  private static @Nullable String bearerToken(@Nullable String authorization) {
    if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return null;
    }
    String token = authorization.substring(7).trim();
    return token.isEmpty() ? null : token;
  }

  private static byte[] readBody(InputStream in) throws IOException {
    byte[] body = in.readNBytes(MAX_BODY_BYTES + 1);
    if (body.length > MAX_BODY_BYTES) {
      throw ApiProblem.tooLarge(MAX_BODY_BYTES);
    }
    return body;
  }

  private static ObjectNode errorBody(ApiProblem problem, String requestId) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ObjectNode error = body.putObject("error");
    error.put("code", problem.code);
    error.put("message", problem.getMessage());
    error.put("status", problem.status);
    error.put("retryable", problem.status >= 500);
    error.put("request_id", requestId);
    error.put("docs_url", ServiceGeneration.CURRENT.docsUrl() + "/api-reference/introduction");
    if (!problem.fields.isEmpty()) {
      var fields = error.putObject("details").putArray("fields");
      for (ApiProblem.FieldIssue issue : problem.fields) {
        fields.addObject()
            .put("name", issue.name())
            .put("issue", issue.issue())
            .put("expected", issue.expected())
            .put("received", issue.received());
      }
    }
    return body;
  }

  private static void write(HttpExchange exchange, int status, ObjectNode body) throws IOException {
    byte[] bytes = TripwireJson.writeBytes(body);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
