package com.tripwirejs.spring.boot.internal;

import com.tripwirejs.webhooks.WebhookVerifier;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/** Resolves {@code @TripwireWebhook} parameters in Spring MVC. Not API. */
public final class ServletWebhookArgumentResolver implements HandlerMethodArgumentResolver {

  private final ObjectProvider<WebhookVerifier> verifier;
  private final long maxBodyBytes;

  /**
   * A resolver.
   *
   * @param verifier the application's verifier
   * @param maxBodyBytes the largest body read
   */
  public ServletWebhookArgumentResolver(ObjectProvider<WebhookVerifier> verifier, long maxBodyBytes) {
    this.verifier = verifier;
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  public boolean supportsParameter(MethodParameter parameter) {
    return WebhookBodies.supports(parameter);
  }

  @Override
  public Object resolveArgument(
      MethodParameter parameter,
      @Nullable ModelAndViewContainer mavContainer,
      NativeWebRequest webRequest,
      @Nullable WebDataBinderFactory binderFactory)
      throws Exception {
    WebhookVerifier checked = WebhookBodies.require(verifier.getIfAvailable());
    HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
    if (request == null) {
      throw new IllegalStateException("@TripwireWebhook needs a servlet request");
    }
    if (request.getContentLengthLong() > maxBodyBytes) {
      throw WebhookBodies.tooLarge();
    }
    byte[] body = WebhookBodies.read(request.getInputStream(), maxBodyBytes);
    Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    for (String name : Collections.list(request.getHeaderNames())) {
      headers
          .computeIfAbsent(name, key -> new ArrayList<>())
          .addAll(Collections.list(request.getHeaders(name)));
    }
    return WebhookBodies.verify(checked, body, headers);
  }
}
