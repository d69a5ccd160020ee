package com.tripwirejs.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.tripwirejs.model.Secret;
import com.tripwirejs.model.webhook.event.SessionResultPersistedEvent;
import com.tripwirejs.model.webhook.event.UnknownWebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookEvent;
import com.tripwirejs.model.webhook.event.WebhookTestEvent;
import com.tripwirejs.webhooks.WebhookSignature;
import com.tripwirejs.webhooks.WebhookVerificationException;
import com.tripwirejs.webhooks.WebhookVerifier;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;

/**
 * A webhook handler on a loopback port (the JDK's own HTTP server): it verifies each delivery's
 * signature with {@link WebhookVerifier} before it reads the body, answers 400 to anything that
 * fails, and reads the rest into the typed {@link WebhookEvent}.
 *
 * <p>The part to copy into a real handler is {@link #handle}: verify the raw bytes exactly as they
 * arrived (a body parsed and written again no longer matches its signature), then act on the event
 * by its type. Behind Spring or a Servlet container the same two lines are {@code
 * verifier.verify(body, headers)} and {@code verifier.verify(body, request::getHeader)}.
 */
public final class WebhookReceiver implements AutoCloseable {

  /** The path the handler serves. */
  public static final String PATH = "/webhooks/tripwire";

  /**
   * One request the handler received.
   *
   * @param answeredStatus what the handler answered: 200 when verified, 400 when not, 503 before
   *     it has a signing secret
   * @param event the verified event, or null when the delivery failed verification
   * @param rejection why verification failed, or null when it passed
   * @param handled what the handler did with the event, or null when it did nothing
   * @param rawBody the body exactly as received
   * @param signed the signature headers as the verifier finds them ({@code X-Foil-*}, else {@code
   *     X-Tripwire-*}), or null when they are missing or mix the two generations
   */
  public record Delivery(
      int answeredStatus,
      @Nullable WebhookEvent event,
      WebhookVerificationException.@Nullable Reason rejection,
      @Nullable String handled,
      byte[] rawBody,
      @Nullable WebhookSignature signed) {

    /** {@return whether the delivery passed verification} */
    public boolean verified() {
      return event != null;
    }
  }

  private final HttpServer server;
  private final AtomicReference<@Nullable WebhookVerifier> verifier = new AtomicReference<>();
  private final BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();

  private WebhookReceiver(HttpServer server) {
    this.server = server;
  }

  /**
   * Starts the handler on an ephemeral loopback port.
   *
   * @return the running handler; close it to stop it
   * @throws UncheckedIOException if no loopback port could be opened
   */
  public static WebhookReceiver start() {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("The webhook handler could not open a loopback port", e);
    }
    WebhookReceiver receiver = new WebhookReceiver(server);
    server.createContext(PATH, receiver::handle);
    server.start();
    return receiver;
  }

  /** {@return the URL to register as the webhook endpoint} */
  public URI url() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + PATH);
  }

  /**
   * Accepts deliveries signed with {@code signingSecret} from now on: the secret the API returns
   * when the endpoint is created, or when its secret is rotated.
   *
   * @param signingSecret the endpoint's signing secret
   */
  public void trust(Secret signingSecret) {
    verifier.set(WebhookVerifier.of(signingSecret));
  }

  /**
   * Waits for the next request the handler answers.
   *
   * @param timeout how long to wait
   * @return the delivery, or empty if none came in time
   */
  public Optional<Delivery> nextDelivery(Duration timeout) {
    try {
      return Optional.ofNullable(deliveries.poll(timeout.toMillis(), TimeUnit.MILLISECONDS));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  /** Stops the handler. */
  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] body = exchange.getRequestBody().readAllBytes();
      WebhookSignature signed = signatureHeaders(exchange);
      WebhookVerifier current = verifier.get();
      if (current == null) {
        answer(exchange, 503, "not ready");
        deliveries.add(new Delivery(503, null, null, null, body, signed));
        return;
      }
      WebhookEvent event;
      try {
        // Signature and timestamp first; only a verified body is parsed.
        event = current.verify(body, exchange.getRequestHeaders());
      } catch (WebhookVerificationException e) {
        answer(exchange, 400, e.reason().name());
        deliveries.add(new Delivery(400, null, e.reason(), null, body, signed));
        return;
      }
      String handled = act(event);
      answer(exchange, 200, "ok");
      deliveries.add(new Delivery(200, event, null, handled, body, signed));
    }
  }

  /**
   * What a real handler does with each event type; here it only says what it would do. On Java
   * 21+, a {@code switch} over the sealed {@link WebhookEvent} makes the compiler check that every
   * type is handled.
   */
  private static String act(WebhookEvent event) {
    if (event instanceof WebhookTestEvent test) {
      return "test delivery for endpoint " + test.data().endpoint().id();
    }
    if (event instanceof SessionResultPersistedEvent persisted) {
      return "session " + persisted.data().session().id() + " scored";
    }
    if (event instanceof UnknownWebhookEvent unknown) {
      return "skipped " + unknown.type().value() + ", a type this SDK does not read";
    }
    return "no action for " + event.type().value();
  }

  /**
   * The signature headers, found by the verifier's own rule, to record them with the delivery;
   * a real handler needs only {@code verify}.
   */
  private static @Nullable WebhookSignature signatureHeaders(HttpExchange exchange) {
    try {
      return WebhookSignature.fromHeaders(exchange.getRequestHeaders());
    } catch (WebhookVerificationException e) {
      return null;
    }
  }

  private static void answer(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
