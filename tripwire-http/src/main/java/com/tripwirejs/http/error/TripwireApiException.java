package com.tripwirejs.http.error;

import com.tripwirejs.http.Headers;
import com.tripwirejs.model.ServiceGeneration;
import com.tripwirejs.model.error.ApiErrorDetails;
import com.tripwirejs.model.error.ApiFieldIssue;
import com.tripwirejs.model.error.PublicError;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The API answered with an error status. Subclasses name the status family; this class itself is
 * used for statuses outside them.
 *
 * <p>When the body is the API's error envelope, every field comes from it. When it is not (an
 * HTML page from a proxy, an empty body), the status is still the real one, the code is {@value
 * #REQUEST_FAILED} and the message names the status.
 */
public class TripwireApiException extends TripwireException {

  private static final long serialVersionUID = 1L;

  /** The code of an error response whose body is not the API's error envelope. */
  public static final String REQUEST_FAILED = "request.failed";

  private final int status;
  private final String code;
  private final String apiMessage;
  private final @Nullable Boolean retryable;
  private final @Nullable String docsUrl;
  private final transient @Nullable PublicError error;
  private final transient Headers headers;
  private final transient byte[] rawBody;

  /**
   * Creates the exception; {@link #of} picks the subclass for a status.
   *
   * @param status the HTTP status
   * @param headers the response headers
   * @param rawBody the body as received
   * @param error the parsed error envelope, or null when the body was not one
   * @param requestId the request id (the {@code x-request-id} header, else the body's)
   */
  public TripwireApiException(
      int status,
      Headers headers,
      byte[] rawBody,
      @Nullable PublicError error,
      @Nullable String requestId) {
    super(describe(status, error, requestId), requestId, null);
    this.status = status;
    this.code = error == null ? REQUEST_FAILED : error.code();
    this.apiMessage = error == null ? "HTTP " + status : error.message();
    this.retryable = error == null ? null : error.retryable();
    this.docsUrl = error == null ? null : error.docsUrl();
    this.error = error;
    this.headers = headers;
    this.rawBody = rawBody;
  }

  /**
   * The exception for an error response: the subclass of its status family.
   *
   * @param status the HTTP status (not 2xx)
   * @param headers the response headers
   * @param rawBody the body as received
   * @param error the parsed error envelope, or null when the body was not one
   * @param requestId the request id (the {@code x-request-id} header, else the body's)
   * @return the exception to throw
   */
  public static TripwireApiException of(
      int status,
      Headers headers,
      byte[] rawBody,
      @Nullable PublicError error,
      @Nullable String requestId) {
    switch (status) {
      case 400:
        return new BadRequestException(status, headers, rawBody, error, requestId);
      case 401:
        return new AuthenticationException(status, headers, rawBody, error, requestId);
      case 403:
        return new PermissionDeniedException(status, headers, rawBody, error, requestId);
      case 404:
        return new NotFoundException(status, headers, rawBody, error, requestId);
      case 409:
        return new ConflictException(status, headers, rawBody, error, requestId);
      case 410:
        return new GoneException(status, headers, rawBody, error, requestId);
      case 422:
        return new UnprocessableEntityException(status, headers, rawBody, error, requestId);
      case 429:
        return new RateLimitException(status, headers, rawBody, error, requestId);
      default:
        if (status >= 400 && status < 500) {
          return new ClientErrorException(status, headers, rawBody, error, requestId);
        }
        if (status >= 500 && status < 600) {
          return new ServerException(status, headers, rawBody, error, requestId);
        }
        return new TripwireApiException(status, headers, rawBody, error, requestId);
    }
  }

  /**
   * The HTTP status.
   *
   * @return the status
   */
  public int status() {
    return status;
  }

  /**
   * The API's error code, such as {@code request.validation_failed} or {@code
   * auth.invalid_api_key}; {@value #REQUEST_FAILED} when the body was not an error envelope.
   *
   * @return the code
   */
  public String code() {
    return code;
  }

  /**
   * The API's message, without the status, code and request id that {@link #getMessage()} adds.
   *
   * @return the message
   */
  public String apiMessage() {
    return apiMessage;
  }

  /**
   * Whether the API says the same request may succeed later.
   *
   * @return the API's {@code retryable} flag, or null when the body did not say
   */
  public @Nullable Boolean retryable() {
    return retryable;
  }

  /**
   * A page of the API documentation about this error.
   *
   * @return the URL, or null when the API gave none
   */
  public @Nullable String docsUrl() {
    return docsUrl;
  }

  /**
   * The fields the API rejected and why (for validation errors).
   *
   * @return the field issues, empty when there are none
   */
  public List<ApiFieldIssue> fieldErrors() {
    ApiErrorDetails details = error == null ? null : error.details();
    List<ApiFieldIssue> fields = details == null ? null : details.fields();
    return fields == null ? List.of() : fields;
  }

  /**
   * The whole error object the API sent.
   *
   * @return the error, or null when the body was not an error envelope
   */
  public @Nullable PublicError error() {
    return error;
  }

  /**
   * The response headers.
   *
   * @return the headers
   */
  public Headers headers() {
    return headers;
  }

  /**
   * The body exactly as received, as UTF-8 text.
   *
   * @return the raw body
   */
  public String rawBody() {
    return new String(rawBody, StandardCharsets.UTF_8);
  }

  private static String describe(int status, @Nullable PublicError error, @Nullable String requestId) {
    StringBuilder message = new StringBuilder("HTTP ").append(status);
    if (error == null) {
      message.append(' ').append(REQUEST_FAILED).append(": the response was not an error body of the "
              + ServiceGeneration.CURRENT.serviceName()
              + " API");
    } else {
      message.append(' ').append(error.code()).append(": ").append(error.message());
      for (ApiFieldIssue field : fieldIssues(error)) {
        message.append(" [").append(field.name()).append(": ").append(field.issue());
        if (field.expected() != null) {
          message.append(", expected ").append(field.expected());
        }
        message.append(']');
      }
    }
    return message.append(TripwireInvalidResponseException.requestIdSuffix(requestId)).toString();
  }

  private static List<ApiFieldIssue> fieldIssues(PublicError error) {
    ApiErrorDetails details = error.details();
    List<ApiFieldIssue> fields = details == null ? null : details.fields();
    return fields == null ? List.of() : fields;
  }
}
