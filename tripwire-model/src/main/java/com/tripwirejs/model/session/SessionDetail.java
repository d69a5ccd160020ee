package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
import com.tripwirejs.model.internal.AbsentInOlderGenerations;
import com.tripwirejs.model.session.behavior.SessionDetailBehavior;
import com.tripwirejs.model.session.device.SessionClientTelemetry;
import com.tripwirejs.model.session.device.SessionDevice;
import com.tripwirejs.model.session.nativeapp.SessionDetailDeviceIdentity;
import com.tripwirejs.model.session.nativeapp.SessionNativeApp;
import com.tripwirejs.model.session.nativeapp.SessionNativeCarrier;
import com.tripwirejs.model.session.nativeapp.SessionNativeMotionPrint;
import com.tripwirejs.model.session.nativeapp.SessionNativeRuntimeIntegrity;
import com.tripwirejs.model.session.network.SessionConnectionFingerprint;
import com.tripwirejs.model.session.network.SessionNetwork;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Everything Tripwire recorded about one session: its decision and the highlights that explain it,
 * the network, browser, device and runtime evidence, attribution, and, for sessions from the mobile
 * SDKs, the native app checks. Retrieving a session needs a secret key with the {@code
 * sessions:read} scope.
 */
@Value.Immutable
public abstract class SessionDetail implements TripwireObject {

  /** {@return the object type, always {@code session}} */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session";
  }

  /** {@return the session id, {@code sid_...}} */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /** {@return when the session started} Null when the API has no start time for it. */
  @JsonProperty(value = "created_at", required = true)
  public abstract @Nullable Instant createdAt();

  /**
   * {@return the identifier of the end user of the session, as the organization attached it with
   * {@code attachClientUser}, at most 256 characters} Null while none is attached, and in answers
   * of older generations of the API, which lack it (see {@link #absentProperties()}).
   */
  @JsonProperty(value = "client_user_id", required = true)
  @AbsentInOlderGenerations
  public abstract @Nullable String clientUserId();

  /** {@return the current decision about the session} */
  @JsonProperty(value = "decision", required = true)
  public abstract SessionDetailDecision decision();

  /** {@return the findings that explain the decision} */
  @JsonProperty(value = "highlights", required = true)
  public abstract List<SessionHighlight> highlights();

  /**
   * {@return the result of Web Bot Auth, the signatures with which automated agents identify
   * themselves} Null when the session carried no such signature.
   */
  @JsonProperty(value = "web_bot_auth", required = true)
  public abstract @Nullable SessionWebBotAuth webBotAuth();

  /** {@return what is known about the network the session came from} */
  @JsonProperty(value = "network", required = true)
  public abstract SessionNetwork network();

  /** {@return the browser runtime integrity checks} */
  @JsonProperty(value = "runtime_integrity", required = true)
  public abstract SessionRuntimeIntegrity runtimeIntegrity();

  /**
   * {@return the runtime integrity checks of the mobile SDKs} Null for sessions that did not come
   * from a native app.
   */
  @JsonProperty(value = "native_runtime_integrity", required = true)
  public abstract @Nullable SessionNativeRuntimeIntegrity nativeRuntimeIntegrity();

  /**
   * {@return the native app the session came from} Null for sessions that did not come from a
   * native app.
   */
  @JsonProperty(value = "native_app", required = true)
  public abstract @Nullable SessionNativeApp nativeApp();

  /**
   * {@return the mobile carrier of the device} Null for sessions that did not come from a native
   * app, or when the device reported none.
   */
  @JsonProperty(value = "native_carrier", required = true)
  public abstract @Nullable SessionNativeCarrier nativeCarrier();

  /**
   * {@return the motion sensor print of the device} Null for sessions that did not come from a
   * native app, or when the device reported none.
   */
  @JsonProperty(value = "native_motion_print", required = true)
  public abstract @Nullable SessionNativeMotionPrint nativeMotionPrint();

  /**
   * {@return the device identity of a native app session} Null for sessions that did not come from
   * a native app, or when none was established.
   */
  @JsonProperty(value = "device_identity", required = true)
  public abstract @Nullable SessionDetailDeviceIdentity deviceIdentity();

  /**
   * {@return the install id of the native app} Null for sessions that did not come from a native
   * app.
   */
  @JsonProperty(value = "install_id", required = true)
  public abstract @Nullable String installId();

  /**
   * {@return the visitor fingerprint the session was attributed to} Null when the session has none.
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract @Nullable SessionDetailVisitorFingerprint visitorFingerprint();

  /** {@return the TLS and HTTP/2 fingerprints of the session's connection} */
  @JsonProperty(value = "connection_fingerprint", required = true)
  public abstract SessionConnectionFingerprint connectionFingerprint();

  /** {@return the earlier decisions about the session, superseded by {@link #decision()}} */
  @JsonProperty(value = "previous_decisions", required = true)
  public abstract List<SessionDetailDecision> previousDecisions();

  /** {@return the page request the session started from} */
  @JsonProperty(value = "request", required = true)
  public abstract SessionDetailRequest request();

  /** {@return the browser the session ran in} */
  @JsonProperty(value = "browser", required = true)
  public abstract SessionBrowser browser();

  /** {@return the device the session ran on} */
  @JsonProperty(value = "device", required = true)
  public abstract SessionDevice device();

  /** {@return which areas of analysis had data for the session} */
  @JsonProperty(value = "analysis_coverage", required = true)
  public abstract SessionAnalysisCoverage analysisCoverage();

  /** {@return the detection signals that fired during the session} */
  @JsonProperty(value = "signals_fired", required = true)
  public abstract List<SessionSignalFired> signalsFired();

  /**
   * {@return the lower-level telemetry the client reported, grouped for investigation and analysis}
   */
  @JsonProperty(value = "client_telemetry", required = true)
  public abstract SessionClientTelemetry clientTelemetry();

  /**
   * {@return who or what the session is attributed to} Null when the session has no attribution.
   */
  @JsonProperty(value = "attribution", required = true)
  public abstract @Nullable SessionAttribution attribution();

  /**
   * {@return the behavior ledger of the session: how each form field was filled in, and an
   * assessment of the whole} Null unless behavior-ledger access is enabled for the organization
   * (off by default), and in answers of older generations of the API, which lack it (see {@link
   * #absentProperties()}).
   */
  @JsonProperty(value = "behavior", required = true)
  @AbsentInOlderGenerations
  public abstract @Nullable SessionDetailBehavior behavior();

  /**
   * The properties of today's contract that the answer this value was read from lacked, because an
   * older generation of the API wrote it (a Tripwire answer has no {@code client_user_id}, a July
   * 2026 Foil answer no {@code behavior}). Empty for answers of today's contract and for values
   * built in code; kept so that the value writes back exactly as it was read.
   *
   * @return JSON names of the properties the answer lacked
   */
  @Value.Auxiliary
  public abstract Set<String> absentProperties();

  // Only the implementation that Immutables generates in this package extends this class.
  SessionDetail() {}

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetail} values. */
  public static final class Builder extends ImmutableSessionDetail.Builder {
    Builder() {}
  }
}
