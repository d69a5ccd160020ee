package com.tripwirejs.model.session;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.tripwirejs.model.TripwireObject;
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
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/** Session Detail. */
@Value.Immutable
public abstract class SessionDetail implements TripwireObject {

  /**
   * Object.
   *
   * @return the object
   */
  @JsonProperty(value = "object", required = true)
  @Value.Default
  public String object() {
    return "session";
  }

  /**
   * Id.
   *
   * @return the id
   */
  @JsonProperty(value = "id", required = true)
  public abstract String id();

  /**
   * Created at.
   *
   * @return the created at, or null
   */
  @JsonProperty(value = "created_at", required = true)
  public abstract @Nullable Instant createdAt();

  /**
   * Decision.
   *
   * @return the decision
   */
  @JsonProperty(value = "decision", required = true)
  public abstract SessionDetailDecision decision();

  /**
   * Highlights.
   *
   * @return the highlights
   */
  @JsonProperty(value = "highlights", required = true)
  public abstract List<SessionHighlight> highlights();

  /**
   * Web bot auth.
   *
   * @return the web bot auth, or null
   */
  @JsonProperty(value = "web_bot_auth", required = true)
  public abstract @Nullable SessionWebBotAuth webBotAuth();

  /**
   * Network.
   *
   * @return the network
   */
  @JsonProperty(value = "network", required = true)
  public abstract SessionNetwork network();

  /**
   * Runtime integrity.
   *
   * @return the runtime integrity
   */
  @JsonProperty(value = "runtime_integrity", required = true)
  public abstract SessionRuntimeIntegrity runtimeIntegrity();

  /**
   * Native runtime integrity.
   *
   * @return the native runtime integrity, or null
   */
  @JsonProperty(value = "native_runtime_integrity", required = true)
  public abstract @Nullable SessionNativeRuntimeIntegrity nativeRuntimeIntegrity();

  /**
   * Native app.
   *
   * @return the native app, or null
   */
  @JsonProperty(value = "native_app", required = true)
  public abstract @Nullable SessionNativeApp nativeApp();

  /**
   * Native carrier.
   *
   * @return the native carrier, or null
   */
  @JsonProperty(value = "native_carrier", required = true)
  public abstract @Nullable SessionNativeCarrier nativeCarrier();

  /**
   * Native motion print.
   *
   * @return the native motion print, or null
   */
  @JsonProperty(value = "native_motion_print", required = true)
  public abstract @Nullable SessionNativeMotionPrint nativeMotionPrint();

  /**
   * Device identity.
   *
   * @return the device identity, or null
   */
  @JsonProperty(value = "device_identity", required = true)
  public abstract @Nullable SessionDetailDeviceIdentity deviceIdentity();

  /**
   * Install id.
   *
   * @return the install id, or null
   */
  @JsonProperty(value = "install_id", required = true)
  public abstract @Nullable String installId();

  /**
   * Visitor fingerprint.
   *
   * @return the visitor fingerprint, or null
   */
  @JsonProperty(value = "visitor_fingerprint", required = true)
  public abstract @Nullable SessionDetailVisitorFingerprint visitorFingerprint();

  /**
   * Connection fingerprint.
   *
   * @return the connection fingerprint
   */
  @JsonProperty(value = "connection_fingerprint", required = true)
  public abstract SessionConnectionFingerprint connectionFingerprint();

  /**
   * Previous decisions.
   *
   * @return the previous decisions
   */
  @JsonProperty(value = "previous_decisions", required = true)
  public abstract List<SessionDetailDecision> previousDecisions();

  /**
   * Request.
   *
   * @return the request
   */
  @JsonProperty(value = "request", required = true)
  public abstract SessionDetailRequest request();

  /**
   * Browser.
   *
   * @return the browser
   */
  @JsonProperty(value = "browser", required = true)
  public abstract SessionBrowser browser();

  /**
   * Device.
   *
   * @return the device
   */
  @JsonProperty(value = "device", required = true)
  public abstract SessionDevice device();

  /**
   * Analysis coverage.
   *
   * @return the analysis coverage
   */
  @JsonProperty(value = "analysis_coverage", required = true)
  public abstract SessionAnalysisCoverage analysisCoverage();

  /**
   * Signals fired.
   *
   * @return the signals fired
   */
  @JsonProperty(value = "signals_fired", required = true)
  public abstract List<SessionSignalFired> signalsFired();

  /**
   * Client telemetry.
   *
   * @return the client telemetry
   */
  @JsonProperty(value = "client_telemetry", required = true)
  public abstract SessionClientTelemetry clientTelemetry();

  /**
   * Attribution.
   *
   * @return the attribution, or null
   */
  @JsonProperty(value = "attribution", required = true)
  public abstract @Nullable SessionAttribution attribution();

  /**
   * A new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SessionDetail} values. */
  public static final class Builder extends ImmutableSessionDetail.Builder {}
}
