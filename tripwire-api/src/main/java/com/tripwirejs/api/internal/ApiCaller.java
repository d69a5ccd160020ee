package com.tripwirejs.api.internal;

import com.fasterxml.jackson.databind.JavaType;
import com.tripwirejs.api.Page;
import com.tripwirejs.http.RequestOptions;
import com.tripwirejs.http.TransportResponse;
import com.tripwirejs.http.error.TripwireInvalidResponseException;
import com.tripwirejs.http.internal.ApiCall;
import com.tripwirejs.http.internal.ErrorResponses;
import com.tripwirejs.http.internal.RequestPipeline;
import com.tripwirejs.model.common.CursorPagination;
import com.tripwirejs.model.common.Envelope;
import com.tripwirejs.model.common.ListEnvelope;
import com.tripwirejs.model.json.TripwireJson;
import com.tripwirejs.model.json.TripwireJsonException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Runs operations through the request pipeline with a client's per-call options, and reads their
 * success bodies into the model: one object, a page, a plain list, or nothing.
 */
public final class ApiCaller {

  private final RequestPipeline pipeline;
  private final RequestOptions options;

  public ApiCaller(RequestPipeline pipeline, RequestOptions options) {
    this.pipeline = pipeline;
    this.options = options;
  }

  /** The same pipeline with {@code more} options applied on top of these. */
  public ApiCaller withOptions(RequestOptions more) {
    return new ApiCaller(pipeline, options.merge(more));
  }

  /** The JSON body of a request. */
  public static byte[] body(Object request) {
    return TripwireJson.writeBytes(request);
  }

  public <T> T object(ApiCall call, Class<T> type) {
    return pipeline.send(call, options, response -> readObject(response, type));
  }

  public <T> CompletableFuture<T> objectAsync(ApiCall call, Class<T> type) {
    return pipeline.sendAsync(call, options, response -> readObject(response, type));
  }

  public <T> Page<T> page(ApiCall call, Class<T> itemType) {
    return pipeline.send(call, options, response -> readPage(response, itemType));
  }

  public <T> CompletableFuture<Page<T>> pageAsync(ApiCall call, Class<T> itemType) {
    return pipeline.sendAsync(call, options, response -> readPage(response, itemType));
  }

  public <T> List<T> list(ApiCall call, Class<T> itemType) {
    return pipeline.send(call, options, response -> readList(response, itemType).data());
  }

  public <T> CompletableFuture<List<T>> listAsync(ApiCall call, Class<T> itemType) {
    return pipeline.sendAsync(call, options, response -> readList(response, itemType).data());
  }

  public void noContent(ApiCall call) {
    pipeline.send(call, options);
  }

  public CompletableFuture<Void> noContentAsync(ApiCall call) {
    return pipeline.sendAsync(call, options, response -> (Void) null);
  }

  private static <T> T readObject(TransportResponse response, Class<T> type) {
    Envelope<T> envelope = read(response, TripwireJson.envelopeType(type));
    return envelope.data();
  }

  private static <T> Page<T> readPage(TransportResponse response, Class<T> itemType) {
    ListEnvelope<T> envelope = readList(response, itemType);
    CursorPagination pagination = envelope.pagination();
    if (pagination == null) {
      throw invalid(response, "A paginated list came without pagination", null);
    }
    return new Page<>(
        envelope.data(),
        pagination.limit(),
        pagination.hasMore(),
        pagination.nextCursor(),
        envelope.meta().requestId());
  }

  private static <T> ListEnvelope<T> readList(TransportResponse response, Class<T> itemType) {
    return read(response, TripwireJson.listEnvelopeType(itemType));
  }

  private static <T> T read(TransportResponse response, JavaType type) {
    if (response.body().length == 0) {
      throw invalid(response, "The response body is empty; a JSON object was expected", null);
    }
    try {
      return TripwireJson.read(response.body(), type);
    } catch (TripwireJsonException e) {
      throw invalid(response, "The response body is not the JSON the API documents: " + e.getMessage(), e);
    }
  }

  private static TripwireInvalidResponseException invalid(
      TransportResponse response, String message, TripwireJsonException cause) {
    return new TripwireInvalidResponseException(
        message,
        response.status(),
        response.headers(),
        response.body(),
        response.headers().first(ErrorResponses.REQUEST_ID_HEADER),
        cause);
  }
}
