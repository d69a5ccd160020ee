package com.tripwirejs.micrometer;

import com.tripwirejs.http.error.TripwireApiException;
import com.tripwirejs.http.error.TripwireConfigurationException;
import com.tripwirejs.http.error.TripwireConnectionException;
import com.tripwirejs.http.error.TripwireInvalidResponseException;
import com.tripwirejs.http.error.TripwireResponseTooLargeException;
import com.tripwirejs.http.error.TripwireTimeoutException;
import org.jspecify.annotations.Nullable;

/** Tag values shared by the default conventions of calls and attempts (needs tripwire-http). */
final class Tags {

  static final String NONE = Values.NONE;

  private Tags() {}

  static String status(@Nullable Integer status) {
    return status == null ? NONE : Integer.toString(status);
  }

  /**
   * The outcome of a call or attempt.
   *
   * @param inProgress true while the outcome is not known yet
   */
  static String outcome(boolean inProgress, @Nullable Throwable error, boolean cancelled) {
    if (inProgress) {
      return "UNKNOWN";
    }
    if (error == null) {
      return "SUCCESS";
    }
    if (cancelled) {
      return "CANCELLED";
    }
    if (error instanceof TripwireTimeoutException) {
      return "TIMEOUT";
    }
    if (error instanceof TripwireConnectionException) {
      return "CONNECTION_ERROR";
    }
    if (error instanceof TripwireInvalidResponseException
        || error instanceof TripwireResponseTooLargeException) {
      return "INVALID_RESPONSE";
    }
    if (error instanceof TripwireApiException) {
      int status = ((TripwireApiException) error).status();
      return status >= 500 ? "SERVER_ERROR" : status >= 400 ? "CLIENT_ERROR" : "UNKNOWN";
    }
    if (error instanceof TripwireConfigurationException) {
      return "CONFIGURATION_ERROR";
    }
    return "UNKNOWN";
  }

  static String errorCode(@Nullable Throwable error) {
    if (error instanceof TripwireApiException) {
      return bounded(((TripwireApiException) error).code());
    }
    if (error instanceof TripwireInvalidResponseException) {
      return bounded(((TripwireInvalidResponseException) error).code());
    }
    return NONE;
  }

  private static String bounded(@Nullable String value) {
    return Values.bounded(value);
  }
}
