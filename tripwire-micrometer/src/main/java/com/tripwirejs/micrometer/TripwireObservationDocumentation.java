package com.tripwirejs.micrometer;

import io.micrometer.common.docs.KeyName;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationConvention;
import io.micrometer.observation.docs.ObservationDocumentation;

/**
 * The SDK's observations, their default conventions and their keys. Every low-cardinality key is
 * bounded: no id, no URI with ids, no token, no key, no payload.
 *
 * <table>
 *   <caption>Observations</caption>
 *   <tr><th>Observation (metric)</th><th>Span name</th><th>Low-cardinality keys (tags)</th>
 *       <th>High-cardinality keys (spans only)</th></tr>
 *   <tr><td>{@code tripwire.client.calls}</td><td>the operation, {@code getSession}</td>
 *       <td>operation, method, uri, status, outcome, error.code, retried</td>
 *       <td>request.id, attempts</td></tr>
 *   <tr><td>{@code tripwire.client.attempts}</td><td>{@code GET /v1/sessions/{sessionId}}</td>
 *       <td>operation, method, uri, status, outcome, error.code, retry</td>
 *       <td>request.id, attempt</td></tr>
 *   <tr><td>{@code tripwire.verifications}</td><td>{@code verify webhook}</td>
 *       <td>kind, outcome, reason, generation, event.type</td><td>none</td></tr>
 * </table>
 *
 * <p>A call's observation is the parent of its attempts' observations, and the child of the
 * observation current on the thread that made the call (blocking or not). A check's observation is
 * the child of the observation current on the verifying thread. Micrometer's meter handler adds
 * its own {@code error} tag (the exception's simple class name, or {@code none}) to calls and
 * attempts that failed.
 */
public enum TripwireObservationDocumentation implements ObservationDocumentation {

  /** One API call, from its start to its outcome, retries included. */
  CALL {
    @Override
    public Class<? extends ObservationConvention<? extends Observation.Context>>
        getDefaultConvention() {
      return DefaultTripwireCallObservationConvention.class;
    }

    @Override
    public KeyName[] getLowCardinalityKeyNames() {
      return CallKeys.values();
    }

    @Override
    public KeyName[] getHighCardinalityKeyNames() {
      return CallHighCardinalityKeys.values();
    }
  },

  /** One attempt of an API call: one HTTP exchange, or a failure to make one. */
  ATTEMPT {
    @Override
    public Class<? extends ObservationConvention<? extends Observation.Context>>
        getDefaultConvention() {
      return DefaultTripwireAttemptObservationConvention.class;
    }

    @Override
    public KeyName[] getLowCardinalityKeyNames() {
      return AttemptKeys.values();
    }

    @Override
    public KeyName[] getHighCardinalityKeyNames() {
      return AttemptHighCardinalityKeys.values();
    }
  },

  /** One inbound check: a webhook delivery, a sealed token, a Gate check. */
  VERIFICATION {
    @Override
    public Class<? extends ObservationConvention<? extends Observation.Context>>
        getDefaultConvention() {
      return DefaultTripwireVerificationObservationConvention.class;
    }

    @Override
    public KeyName[] getLowCardinalityKeyNames() {
      return VerificationKeys.values();
    }
  };

  /** The low-cardinality keys of {@code tripwire.client.calls}. */
  public enum CallKeys implements KeyName {
    /** The API operation, such as {@code getSession} (the operationId of the API reference). */
    OPERATION {
      @Override
      public String asString() {
        return "operation";
      }
    },
    /** The HTTP method, such as {@code GET}. */
    METHOD {
      @Override
      public String asString() {
        return "method";
      }
    },
    /**
     * The path template, such as {@code /v1/sessions/{sessionId}}, as Micrometer's HTTP client
     * observations name it; never the path with its ids.
     */
    URI {
      @Override
      public String asString() {
        return "uri";
      }
    },
    /** The HTTP status of the last response, such as {@code 200}; {@code none} without one. */
    STATUS {
      @Override
      public String asString() {
        return "status";
      }
    },
    /**
     * {@code SUCCESS}, {@code CLIENT_ERROR} (4xx), {@code SERVER_ERROR} (5xx), {@code TIMEOUT},
     * {@code CONNECTION_ERROR}, {@code INVALID_RESPONSE}, {@code CONFIGURATION_ERROR} (such as a
     * missing secret key), {@code CANCELLED} (the caller gave up) or {@code UNKNOWN}.
     */
    OUTCOME {
      @Override
      public String asString() {
        return "outcome";
      }
    },
    /**
     * The API's error code of an error response, such as {@code session.not_found}; {@code none}
     * for a success or a failure without an error response, {@code other} for a code that is not
     * a short dotted lowercase name.
     */
    ERROR_CODE {
      @Override
      public String asString() {
        return "error.code";
      }
    },
    /** {@code true} when the call sent more than one attempt, else {@code false}. */
    RETRIED {
      @Override
      public String asString() {
        return "retried";
      }
    }
  }

  /** The high-cardinality keys of {@code tripwire.client.calls}: on spans, never on metrics. */
  public enum CallHighCardinalityKeys implements KeyName {
    /** The API's request id of the last response, for support requests; absent without one. */
    REQUEST_ID {
      @Override
      public String asString() {
        return "request.id";
      }
    },
    /** How many attempts the call started. */
    ATTEMPTS {
      @Override
      public String asString() {
        return "attempts";
      }
    }
  }

  /** The low-cardinality keys of {@code tripwire.client.attempts}. */
  public enum AttemptKeys implements KeyName {
    /** As {@link CallKeys#OPERATION}. */
    OPERATION {
      @Override
      public String asString() {
        return "operation";
      }
    },
    /** As {@link CallKeys#METHOD}. */
    METHOD {
      @Override
      public String asString() {
        return "method";
      }
    },
    /** As {@link CallKeys#URI}: the path template. */
    URI {
      @Override
      public String asString() {
        return "uri";
      }
    },
    /** The attempt's HTTP status; {@code none} without a response. */
    STATUS {
      @Override
      public String asString() {
        return "status";
      }
    },
    /** The attempt's outcome, with the values of {@link CallKeys#OUTCOME}. */
    OUTCOME {
      @Override
      public String asString() {
        return "outcome";
      }
    },
    /** The attempt's error code, as {@link CallKeys#ERROR_CODE}. */
    ERROR_CODE {
      @Override
      public String asString() {
        return "error.code";
      }
    },
    /** {@code true} when the attempt repeats the call (attempt 2 or later), else {@code false}. */
    RETRY {
      @Override
      public String asString() {
        return "retry";
      }
    }
  }

  /** The high-cardinality keys of {@code tripwire.client.attempts}: on spans, never on metrics. */
  public enum AttemptHighCardinalityKeys implements KeyName {
    /** The API's request id of the response; absent without one. */
    REQUEST_ID {
      @Override
      public String asString() {
        return "request.id";
      }
    },
    /** The attempt number, 1 for the first. */
    ATTEMPT {
      @Override
      public String asString() {
        return "attempt";
      }
    }
  }

  /** The low-cardinality keys of {@code tripwire.verifications}. */
  public enum VerificationKeys implements KeyName {
    /**
     * What was checked: {@code webhook}, {@code sealed_token}, {@code gate_approved_webhook} or
     * {@code gate_delivery}.
     */
    KIND {
      @Override
      public String asString() {
        return "kind";
      }
    },
    /** {@code VERIFIED} or {@code REJECTED}. */
    OUTCOME {
      @Override
      public String asString() {
        return "outcome";
      }
    },
    /**
     * For a rejection, the name of the documented reason, such as {@code SIGNATURE_MISMATCH},
     * {@code TIMESTAMP_OUTSIDE_TOLERANCE}, {@code RECIPIENT_NOT_FOUND} or {@code
     * DECRYPTION_FAILED}; {@code none} when verified.
     */
    REASON {
      @Override
      public String asString() {
        return "reason";
      }
    },
    /**
     * For a webhook, whose headers it carried: {@code foil} ({@code X-Foil-*}) or {@code
     * tripwire} ({@code X-Tripwire-*}), to follow a migration; {@code none} otherwise.
     */
    GENERATION {
      @Override
      public String asString() {
        return "generation";
      }
    },
    /**
     * For a verified webhook whose event was read, its type, such as {@code
     * session.result.persisted}; {@code none} otherwise, {@code other} for a type that is not a
     * short dotted lowercase name.
     */
    EVENT_TYPE {
      @Override
      public String asString() {
        return "event.type";
      }
    }
  }
}
