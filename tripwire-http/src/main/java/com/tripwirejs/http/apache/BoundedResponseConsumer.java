package com.tripwirejs.http.apache;

import com.tripwirejs.http.Headers;
import com.tripwirejs.http.ResponseTooLargeException;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.internal.BoundedBuffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.hc.client5.http.async.methods.AbstractBinResponseConsumer;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.jspecify.annotations.Nullable;

/**
 * Collects a non-blocking response into a {@link TransportResponse}, up to a body limit: a
 * response announcing a larger {@code Content-Length} fails before its body is read, any other
 * fails as soon as the limit is passed. Either failure aborts the exchange.
 */
final class BoundedResponseConsumer extends AbstractBinResponseConsumer<TransportResponse> {

  private final long limit;
  private int status;
  private Headers headers = Headers.empty();
  private @Nullable BoundedBuffer body;
  private volatile boolean abandoned;

  BoundedResponseConsumer(long limit) {
    this.limit = limit;
  }

  /**
   * Fails the exchange at the next piece of response that arrives: the caller gave up on it. The
   * exchange's future is cancelled too; this makes sure a body still streaming stops.
   */
  void abandon() {
    abandoned = true;
  }

  private void checkAbandoned() throws IOException {
    if (abandoned) {
      throw new java.io.InterruptedIOException("The caller gave up on the exchange");
    }
  }

  @Override
  protected void start(HttpResponse response, ContentType contentType) throws IOException {
    checkAbandoned();
    status = response.getCode();
    headers = ApacheHttpTransport.headers(response);
    long declared = declaredLength(response);
    if (declared > limit) {
      throw new ResponseTooLargeException(limit, status, headers);
    }
    body = new BoundedBuffer(limit, declared);
  }

  @Override
  protected int capacityIncrement() {
    return 64 * 1024;
  }

  @Override
  protected void data(ByteBuffer data, boolean endOfStream) throws IOException {
    checkAbandoned();
    if (body == null) {
      body = new BoundedBuffer(limit, -1);
    }
    try {
      body.append(data);
    } catch (ResponseTooLargeException e) {
      throw e.withResponse(status, headers);
    }
  }

  @Override
  protected TransportResponse buildResult() {
    return TransportResponse.of(status, headers, body == null ? new byte[0] : body.toByteArray());
  }

  @Override
  public void releaseResources() {
    body = null;
  }

  private static long declaredLength(HttpResponse response) {
    Header header = response.getFirstHeader("Content-Length");
    if (header == null || header.getValue() == null) {
      return -1;
    }
    try {
      return Long.parseLong(header.getValue().trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
