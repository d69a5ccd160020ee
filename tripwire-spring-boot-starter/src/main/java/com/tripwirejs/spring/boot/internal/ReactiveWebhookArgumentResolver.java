package com.tripwirejs.spring.boot.internal;

import com.tripwirejs.webhooks.WebhookVerifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** Resolves {@code @TripwireWebhook} parameters in Spring WebFlux. Not API. */
public final class ReactiveWebhookArgumentResolver implements HandlerMethodArgumentResolver {

  private final ObjectProvider<WebhookVerifier> verifier;
  private final int maxBodyBytes;

  /**
   * A resolver.
   *
   * @param verifier the application's verifier
   * @param maxBodyBytes the largest body read
   */
  public ReactiveWebhookArgumentResolver(ObjectProvider<WebhookVerifier> verifier, long maxBodyBytes) {
    this.verifier = verifier;
    this.maxBodyBytes = (int) Math.min(Integer.MAX_VALUE, maxBodyBytes);
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return WebhookBodies.supports(parameter);
  }

  @Override
  public Mono<Object> resolveArgument(
      MethodParameter parameter, BindingContext bindingContext, ServerWebExchange exchange) {
    return Mono.defer(
        () -> {
          WebhookVerifier checked = WebhookBodies.require(verifier.getIfAvailable());
          ServerHttpRequest request = exchange.getRequest();
          if (request.getHeaders().getContentLength() > maxBodyBytes) {
            return Mono.error(WebhookBodies.tooLarge());
          }
          Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
          request
              .getHeaders()
              .forEach(
                  (name, values) ->
                      headers.computeIfAbsent(name, key -> new ArrayList<>()).addAll(values));
          return DataBufferUtils.join(request.getBody(), maxBodyBytes)
              .map(ReactiveWebhookArgumentResolver::bytes)
              .defaultIfEmpty(new byte[0])
              .onErrorMap(DataBufferLimitException.class, e -> WebhookBodies.tooLarge())
              .map(body -> (Object) WebhookBodies.verify(checked, body, headers));
        });
  }

  private static byte[] bytes(DataBuffer buffer) {
    try {
      byte[] bytes = new byte[buffer.readableByteCount()];
      buffer.read(bytes);
      return bytes;
    } finally {
      DataBufferUtils.release(buffer);
    }
  }
}
