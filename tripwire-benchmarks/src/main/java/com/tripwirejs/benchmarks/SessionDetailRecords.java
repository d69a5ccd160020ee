package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The second baseline: what a team writes to read the session detail when it has no SDK, plain
 * Java records that mirror the documented response, bound by Jackson databind. One record per
 * object type of the session detail, a component per documented property with its JSON name;
 * timestamps as {@link Instant} (Jackson's {@code JavaTimeModule}), enumerations and secrets as
 * strings, free-form JSON as {@link JsonNode}; properties it does not know are ignored, as teams
 * configure it. It checks less than the SDK (no required properties, no duplicate names, no
 * explicit nulls) and keeps nothing it does not know.
 */
public final class SessionDetailRecords {

  /** The reader of {@link Envelope}: a mapper as a team configures it. */
  static final ObjectReader READER =
      JsonMapper.builder()
          .addModule(new JavaTimeModule())
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build()
          .readerFor(Envelope.class);

  private SessionDetailRecords() {}

  /**
   * Reads a session detail response.
   *
   * @param json the body
   * @return the envelope
   * @throws IOException when the body does not bind
   */
  static Envelope read(byte[] json) throws IOException {
    return READER.readValue(json);
  }

  /**
   * Reads a session detail response from a stream.
   *
   * @param json the body
   * @return the envelope
   * @throws IOException when the body does not bind
   */
  static Envelope read(InputStream json) throws IOException {
    return READER.readValue(json);
  }

  /** The response envelope. */
  public record Envelope(
      @JsonProperty("data") SessionDetail data, @JsonProperty("meta") JsonNode meta) {}

  /** {@code SessionDetailDecision} as a team would mirror it. */
  public record SessionDetailDecision(
      @JsonProperty("event_id") String eventId,
      @JsonProperty("automation_status") String automationStatus,
      @JsonProperty("risk_score") int riskScore,
      @JsonProperty("evaluation_phase") String evaluationPhase,
      @JsonProperty("decision_status") String decisionStatus,
      @JsonProperty("evaluated_at") Instant evaluatedAt) {}

  /** {@code SessionHighlightEvidence} as a team would mirror it. */
  public record SessionHighlightEvidence(
      @JsonProperty("signal") String signal,
      @JsonProperty("name") String name) {}

  /** {@code SessionHighlight} as a team would mirror it. */
  public record SessionHighlight(
      @JsonProperty("key") String key,
      @JsonProperty("effect") String effect,
      @JsonProperty("importance") String importance,
      @JsonProperty("summary") String summary,
      @JsonProperty("evidence") List<SessionHighlightEvidence> evidence) {}

  /** {@code SessionWebBotAuth} as a team would mirror it. */
  public record SessionWebBotAuth(
      @JsonProperty("status") String status,
      @JsonProperty("domain") String domain) {}

  /** {@code SessionNetworkLocation} as a team would mirror it. */
  public record SessionNetworkLocation(
      @JsonProperty("city") String city,
      @JsonProperty("region") String region,
      @JsonProperty("country") String country,
      @JsonProperty("country_code") String countryCode,
      @JsonProperty("latitude") Double latitude,
      @JsonProperty("longitude") Double longitude,
      @JsonProperty("timezone") String timezone,
      @JsonProperty("postal_code") String postalCode,
      @JsonProperty("accuracy_radius_km") Double accuracyRadiusKm) {}

  /** {@code NetworkRouting} as a team would mirror it. */
  public record NetworkRouting(
      @JsonProperty("asn") String asn,
      @JsonProperty("organization") String organization) {}

  /** {@code NetworkAnonymity} as a team would mirror it. */
  public record NetworkAnonymity(
      @JsonProperty("vpn") boolean vpn,
      @JsonProperty("proxy") boolean proxy,
      @JsonProperty("tor") boolean tor,
      @JsonProperty("relay") boolean relay,
      @JsonProperty("hosting") boolean hosting,
      @JsonProperty("residential_proxy") boolean residentialProxy,
      @JsonProperty("callback_proxy") boolean callbackProxy,
      @JsonProperty("provider") String provider) {}

  /** {@code NetworkReputation} as a team would mirror it. */
  public record NetworkReputation(
      @JsonProperty("listed") boolean listed,
      @JsonProperty("categories") List<String> categories,
      @JsonProperty("suspicious_network") boolean suspiciousNetwork) {}

  /** {@code NetworkEvidence} as a team would mirror it. */
  public record NetworkEvidence(
      @JsonProperty("risk_signals") List<String> riskSignals,
      @JsonProperty("operator_tags") List<String> operatorTags,
      @JsonProperty("client_types") List<String> clientTypes,
      @JsonProperty("client_count") Integer clientCount) {}

  /** {@code SessionNetwork} as a team would mirror it. */
  public record SessionNetwork(
      @JsonProperty("ip_address") String ipAddress,
      @JsonProperty("ip_version") String ipVersion,
      @JsonProperty("status") String status,
      @JsonProperty("summary") String summary,
      @JsonProperty("location") SessionNetworkLocation location,
      @JsonProperty("routing") NetworkRouting routing,
      @JsonProperty("anonymity") NetworkAnonymity anonymity,
      @JsonProperty("reputation") NetworkReputation reputation,
      @JsonProperty("evidence") NetworkEvidence evidence,
      @JsonProperty("evaluated_at") Instant evaluatedAt) {}

  /** {@code SessionRuntimeIntegrity} as a team would mirror it. */
  public record SessionRuntimeIntegrity(
      @JsonProperty("tampering") String tampering,
      @JsonProperty("developer_tools") String developerTools,
      @JsonProperty("emulation") String emulation,
      @JsonProperty("virtualization") String virtualization,
      @JsonProperty("privacy_hardening") String privacyHardening,
      @JsonProperty("identity_spoofing") String identitySpoofing,
      @JsonProperty("replay") String replay,
      @JsonProperty("outdated_environment") String outdatedEnvironment) {}

  /** {@code SessionNativeJailbreakOrRoot} as a team would mirror it. */
  public record SessionNativeJailbreakOrRoot(
      @JsonProperty("detected") boolean detected,
      @JsonProperty("signals") List<String> signals,
      @JsonProperty("present_paths") List<String> presentPaths,
      @JsonProperty("dyld_insert_libraries") List<String> dyldInsertLibraries,
      @JsonProperty("verified_boot_state") String verifiedBootState,
      @JsonProperty("magisk_mount_present") Boolean magiskMountPresent,
      @JsonProperty("su_on_path") Boolean suOnPath) {}

  /** {@code SessionNativeHooks} as a team would mirror it. */
  public record SessionNativeHooks(
      @JsonProperty("detected") boolean detected,
      @JsonProperty("frida_ports") List<Double> fridaPorts,
      @JsonProperty("frida_thread_names") List<String> fridaThreadNames,
      @JsonProperty("hooked_symbols") List<String> hookedSymbols,
      @JsonProperty("self_hooked_symbols") List<String> selfHookedSymbols,
      @JsonProperty("prologue_anomaly_count") Double prologueAnomalyCount,
      @JsonProperty("unexpected_dyld_images") List<String> unexpectedDyldImages,
      @JsonProperty("xposed_packages") List<String> xposedPackages) {}

  /** {@code SessionNativeDebugger} as a team would mirror it. */
  public record SessionNativeDebugger(
      @JsonProperty("attached") boolean attached,
      @JsonProperty("tracer_pid") Double tracerPid,
      @JsonProperty("breakpoint_count") Double breakpointCount,
      @JsonProperty("watchpoint_thread_count") Double watchpointThreadCount) {}

  /** {@code SessionNativeCodeSigning} as a team would mirror it. */
  public record SessionNativeCodeSigning(
      @JsonProperty("invalid") boolean invalid,
      @JsonProperty("code_sign_valid") Boolean codeSignValid,
      @JsonProperty("text_integrity_ok") Boolean textIntegrityOk,
      @JsonProperty("application_debuggable") Boolean applicationDebuggable,
      @JsonProperty("dyld_insert_libraries") List<String> dyldInsertLibraries) {}

  /** {@code SessionNativeSimulatorOrEmulator} as a team would mirror it. */
  public record SessionNativeSimulatorOrEmulator(
      @JsonProperty("detected") boolean detected,
      @JsonProperty("is_ios_app_on_mac") Boolean isIosAppOnMac,
      @JsonProperty("qemu_files") List<String> qemuFiles,
      @JsonProperty("ro_hardware") String roHardware,
      @JsonProperty("ro_product_model") String roProductModel,
      @JsonProperty("simulator_env_keys") List<String> simulatorEnvKeys) {}

  /** {@code SessionNativeHardwareClaimsMismatch} as a team would mirror it. */
  public record SessionNativeHardwareClaimsMismatch(
      @JsonProperty("detected") boolean detected,
      @JsonProperty("signals") List<String> signals) {}

  /** {@code SessionNativeSimPosture} as a team would mirror it. */
  public record SessionNativeSimPosture(
      @JsonProperty("detected") boolean detected,
      @JsonProperty("signals") List<String> signals) {}

  /** {@code SessionNativeAppProvenance} as a team would mirror it. */
  public record SessionNativeAppProvenance(
      @JsonProperty("detected") boolean detected,
      @JsonProperty("signals") List<String> signals) {}

  /** {@code SessionNativeDebugPosture} as a team would mirror it. */
  public record SessionNativeDebugPosture(
      @JsonProperty("detected") boolean detected,
      @JsonProperty("adb_enabled") Boolean adbEnabled,
      @JsonProperty("developer_options_enabled") Boolean developerOptionsEnabled,
      @JsonProperty("app_debuggable") Boolean appDebuggable,
      @JsonProperty("app_profileable") Boolean appProfileable,
      @JsonProperty("app_test_only") Boolean appTestOnly,
      @JsonProperty("debugger_attached") Boolean debuggerAttached,
      @JsonProperty("get_task_allow") Boolean getTaskAllow,
      @JsonProperty("embedded_provisioning_profile_present") Boolean embeddedProvisioningProfilePresent,
      @JsonProperty("receipt_is_sandbox") Boolean receiptIsSandbox,
      @JsonProperty("receipt_is_testflight") Boolean receiptIsTestflight,
      @JsonProperty("development_bundle") Boolean developmentBundle,
      @JsonProperty("active_debugger_attached") Boolean activeDebuggerAttached,
      @JsonProperty("breakpoint_count") Double breakpointCount,
      @JsonProperty("exception_port_count") Double exceptionPortCount,
      @JsonProperty("watchpoint_thread_count") Double watchpointThreadCount,
      @JsonProperty("tracer_pid") Double tracerPid,
      @JsonProperty("direct_syscall_tracer_pid") Double directSyscallTracerPid,
      @JsonProperty("risk_signals") List<String> riskSignals) {}

  /** {@code SessionNativeRuntimeIntegrity} as a team would mirror it. */
  public record SessionNativeRuntimeIntegrity(
      @JsonProperty("platform") String platform,
      @JsonProperty("jailbreak_or_root") SessionNativeJailbreakOrRoot jailbreakOrRoot,
      @JsonProperty("hooks") SessionNativeHooks hooks,
      @JsonProperty("debugger") SessionNativeDebugger debugger,
      @JsonProperty("code_signing") SessionNativeCodeSigning codeSigning,
      @JsonProperty("simulator_or_emulator") SessionNativeSimulatorOrEmulator simulatorOrEmulator,
      @JsonProperty("hardware_claims_mismatch") SessionNativeHardwareClaimsMismatch hardwareClaimsMismatch,
      @JsonProperty("sim_posture") SessionNativeSimPosture simPosture,
      @JsonProperty("app_provenance") SessionNativeAppProvenance appProvenance,
      @JsonProperty("debug_posture") SessionNativeDebugPosture debugPosture) {}

  /** {@code SessionNativeApp} as a team would mirror it. */
  public record SessionNativeApp(
      @JsonProperty("bundle_id") String bundleId,
      @JsonProperty("app_version") String appVersion,
      @JsonProperty("app_build") String appBuild,
      @JsonProperty("install_time_epoch_ms") Double installTimeEpochMs,
      @JsonProperty("provisioning_team") String provisioningTeam) {}

  /** {@code SessionNativeCarrier} as a team would mirror it. */
  public record SessionNativeCarrier(
      @JsonProperty("platform") String platform,
      @JsonProperty("carrier_name") String carrierName,
      @JsonProperty("country_iso") String countryIso,
      @JsonProperty("mcc") String mcc,
      @JsonProperty("mnc") String mnc,
      @JsonProperty("phone_type") String phoneType,
      @JsonProperty("network_type") String networkType,
      @JsonProperty("radio_access") List<String> radioAccess) {}

  /** {@code SessionNativeMotionAxes} as a team would mirror it. */
  public record SessionNativeMotionAxes(
      @JsonProperty("bias") List<Double> bias,
      @JsonProperty("noise") List<Double> noise) {}

  /** {@code SessionNativeMotionPrint} as a team would mirror it. */
  public record SessionNativeMotionPrint(
      @JsonProperty("platform") String platform,
      @JsonProperty("sample_count") double sampleCount,
      @JsonProperty("gyro") SessionNativeMotionAxes gyro,
      @JsonProperty("accel") SessionNativeMotionAxes accel,
      @JsonProperty("mag") SessionNativeMotionAxes mag) {}

  /** {@code DeviceIdentityLifecycle} as a team would mirror it. */
  public record DeviceIdentityLifecycle(
      @JsonProperty("first_seen_at") Instant firstSeenAt,
      @JsonProperty("last_seen_at") Instant lastSeenAt,
      @JsonProperty("seen_count") double seenCount) {}

  /** {@code SessionDetailDeviceIdentity} as a team would mirror it. */
  public record SessionDetailDeviceIdentity(
      @JsonProperty("object") String objectValue,
      @JsonProperty("id") String id,
      @JsonProperty("confidence") double confidence,
      @JsonProperty("source") String source,
      @JsonProperty("platform") String platform,
      @JsonProperty("identified_at") Instant identifiedAt,
      @JsonProperty("lifecycle") DeviceIdentityLifecycle lifecycle,
      @JsonProperty("matched_anchors") List<String> matchedAnchors) {}

  /** {@code SessionDetailVisitorFingerprintResolution} as a team would mirror it. */
  public record SessionDetailVisitorFingerprintResolution(
      @JsonProperty("method") String method,
      @JsonProperty("basis") String basis) {}

  /** {@code SessionDetailVisitorFingerprintLifecycle} as a team would mirror it. */
  public record SessionDetailVisitorFingerprintLifecycle(
      @JsonProperty("first_seen_at") Instant firstSeenAt,
      @JsonProperty("last_seen_at") Instant lastSeenAt,
      @JsonProperty("seen_count") Integer seenCount) {}

  /** {@code SessionDetailVisitorFingerprint} as a team would mirror it. */
  public record SessionDetailVisitorFingerprint(
      @JsonProperty("object") String objectValue,
      @JsonProperty("id") String id,
      @JsonProperty("confidence") Integer confidence,
      @JsonProperty("identified_at") Instant identifiedAt,
      @JsonProperty("resolution") SessionDetailVisitorFingerprintResolution resolution,
      @JsonProperty("lifecycle") SessionDetailVisitorFingerprintLifecycle lifecycle) {}

  /** {@code CountRange} as a team would mirror it. */
  public record CountRange(
      @JsonProperty("min") int min,
      @JsonProperty("max") int max) {}

  /** {@code Ja4Reference} as a team would mirror it. */
  public record Ja4Reference(
      @JsonProperty("label") String label,
      @JsonProperty("source") String source,
      @JsonProperty("protocol") String protocol,
      @JsonProperty("tls_version") String tlsVersion,
      @JsonProperty("sni") String sni,
      @JsonProperty("alpn") String alpn,
      @JsonProperty("cipher_count") CountRange cipherCount,
      @JsonProperty("ext_count") CountRange extCount,
      @JsonProperty("sample_size") int sampleSize,
      @JsonProperty("verified") Boolean verified) {}

  /** {@code Ja4Fingerprint} as a team would mirror it. */
  public record Ja4Fingerprint(
      @JsonProperty("hash") String hash,
      @JsonProperty("profile") String profile,
      @JsonProperty("family") String family,
      @JsonProperty("product") String product,
      @JsonProperty("confidence") String confidence,
      @JsonProperty("match_source") String matchSource,
      @JsonProperty("deterministic") Boolean deterministic,
      @JsonProperty("reference") Ja4Reference reference) {}

  /** {@code Http2Fingerprint} as a team would mirror it. */
  public record Http2Fingerprint(
      @JsonProperty("akamai_fingerprint") String akamaiFingerprint,
      @JsonProperty("profile") String profile) {}

  /** {@code SessionConnectionFingerprint} as a team would mirror it. */
  public record SessionConnectionFingerprint(
      @JsonProperty("ja4") Ja4Fingerprint ja4,
      @JsonProperty("http2") Http2Fingerprint http2,
      @JsonProperty("user_agent_alignment") String userAgentAlignment) {}

  /** {@code SessionDetailRequest} as a team would mirror it. */
  public record SessionDetailRequest(
      @JsonProperty("url") String url,
      @JsonProperty("referrer") String referrer,
      @JsonProperty("user_agent") String userAgent) {}

  /** {@code SessionBrowser} as a team would mirror it. */
  public record SessionBrowser(
      @JsonProperty("name") String name,
      @JsonProperty("version") String version,
      @JsonProperty("major_version") String majorVersion,
      @JsonProperty("engine") String engine,
      @JsonProperty("app_name") String appName) {}

  /** {@code SessionOperatingSystem} as a team would mirror it. */
  public record SessionOperatingSystem(
      @JsonProperty("name") String name,
      @JsonProperty("version") String version) {}

  /** {@code SessionScreen} as a team would mirror it. */
  public record SessionScreen(
      @JsonProperty("size") String size,
      @JsonProperty("color_depth") Integer colorDepth,
      @JsonProperty("pixel_ratio") Double pixelRatio,
      @JsonProperty("orientation_type") String orientationType) {}

  /** {@code SessionLocale} as a team would mirror it. */
  public record SessionLocale(
      @JsonProperty("timezone") String timezone,
      @JsonProperty("primary_language") String primaryLanguage,
      @JsonProperty("languages") List<String> languages) {}

  /** {@code TouchCapability} as a team would mirror it. */
  public record TouchCapability(
      @JsonProperty("available") Boolean available,
      @JsonProperty("max_touch_points") Integer maxTouchPoints) {}

  /** {@code StorageCapability} as a team would mirror it. */
  public record StorageCapability(
      @JsonProperty("cookies") Boolean cookies,
      @JsonProperty("local_storage") Boolean localStorage,
      @JsonProperty("indexed_db") Boolean indexedDb,
      @JsonProperty("service_worker") Boolean serviceWorker,
      @JsonProperty("window_name") Boolean windowName) {}

  /** {@code FeatureAvailability} as a team would mirror it. */
  public record FeatureAvailability(
      @JsonProperty("available") Boolean available) {}

  /** {@code PlatformAuthenticatorCapability} as a team would mirror it. */
  public record PlatformAuthenticatorCapability(
      @JsonProperty("available") Boolean available,
      @JsonProperty("conditional_mediation") Boolean conditionalMediation) {}

  /** {@code SessionCapabilities} as a team would mirror it. */
  public record SessionCapabilities(
      @JsonProperty("touch") TouchCapability touch,
      @JsonProperty("storage") StorageCapability storage,
      @JsonProperty("webgpu") FeatureAvailability webgpu,
      @JsonProperty("platform_authenticator") PlatformAuthenticatorCapability platformAuthenticator,
      @JsonProperty("media_devices") FeatureAvailability mediaDevices,
      @JsonProperty("speech_synthesis") FeatureAvailability speechSynthesis) {}

  /** {@code SessionDevice} as a team would mirror it. */
  public record SessionDevice(
      @JsonProperty("form_factor") String formFactor,
      @JsonProperty("operating_system") SessionOperatingSystem operatingSystem,
      @JsonProperty("architecture") String architecture,
      @JsonProperty("screen") SessionScreen screen,
      @JsonProperty("locale") SessionLocale locale,
      @JsonProperty("capabilities") SessionCapabilities capabilities) {}

  /** {@code SessionAnalysisCoverage} as a team would mirror it. */
  public record SessionAnalysisCoverage(
      @JsonProperty("browser") boolean browser,
      @JsonProperty("device") boolean device,
      @JsonProperty("network") boolean network,
      @JsonProperty("runtime") boolean runtime,
      @JsonProperty("behavioral") boolean behavioral,
      @JsonProperty("visitor_identity") boolean visitorIdentity) {}

  /** {@code SessionSignalFired} as a team would mirror it. */
  public record SessionSignalFired(
      @JsonProperty("signal") String signal,
      @JsonProperty("role") String role,
      @JsonProperty("category") String category,
      @JsonProperty("strength") String strength,
      @JsonProperty("signal_score") int signalScore) {}

  /** {@code SessionRawDeviceNavigator} as a team would mirror it. */
  public record SessionRawDeviceNavigator(
      @JsonProperty("model") String model,
      @JsonProperty("platform") String platform,
      @JsonProperty("vendor") String vendor,
      @JsonProperty("hardware_concurrency") Integer hardwareConcurrency,
      @JsonProperty("device_memory") Double deviceMemory,
      @JsonProperty("max_touch_points") Integer maxTouchPoints,
      @JsonProperty("pdf_viewer_enabled") Boolean pdfViewerEnabled,
      @JsonProperty("cookie_enabled") Boolean cookieEnabled,
      @JsonProperty("product_sub") String productSub,
      @JsonProperty("primary_language") String primaryLanguage,
      @JsonProperty("languages") List<String> languages,
      @JsonProperty("mime_types_count") Integer mimeTypesCount,
      @JsonProperty("plugins") List<String> plugins) {}

  /** {@code SessionRawDeviceStorage} as a team would mirror it. */
  public record SessionRawDeviceStorage(
      @JsonProperty("cookies") Boolean cookies,
      @JsonProperty("local_storage") Boolean localStorage,
      @JsonProperty("session_storage") Boolean sessionStorage,
      @JsonProperty("indexed_db") Boolean indexedDb,
      @JsonProperty("service_worker") Boolean serviceWorker,
      @JsonProperty("window_name") Boolean windowName) {}

  /** {@code SessionRawDeviceCanvas} as a team would mirror it. */
  public record SessionRawDeviceCanvas(
      @JsonProperty("hash") JsonNode hash,
      @JsonProperty("geometry_hash") JsonNode geometryHash,
      @JsonProperty("text_hash") JsonNode textHash,
      @JsonProperty("winding") Boolean winding,
      @JsonProperty("noise_detected") Boolean noiseDetected,
      @JsonProperty("offscreen_consistent") Boolean offscreenConsistent) {}

  /** {@code SessionRawDeviceGraphicsWebgl} as a team would mirror it. */
  public record SessionRawDeviceGraphicsWebgl(
      @JsonProperty("vendor") String vendor,
      @JsonProperty("renderer") String renderer,
      @JsonProperty("version") String version,
      @JsonProperty("shading_language_version") String shadingLanguageVersion,
      @JsonProperty("parameters_hash") JsonNode parametersHash,
      @JsonProperty("extensions_hash") JsonNode extensionsHash,
      @JsonProperty("extension_parameters_hash") JsonNode extensionParametersHash,
      @JsonProperty("shader_precision_hash") JsonNode shaderPrecisionHash) {}

  /** {@code SessionRawDeviceGraphicsWebgpu} as a team would mirror it. */
  public record SessionRawDeviceGraphicsWebgpu(
      @JsonProperty("available") Boolean available,
      @JsonProperty("adapter_vendor") String adapterVendor,
      @JsonProperty("adapter_architecture") String adapterArchitecture,
      @JsonProperty("fallback_adapter") Boolean fallbackAdapter,
      @JsonProperty("features_hash") JsonNode featuresHash,
      @JsonProperty("limits_hash") JsonNode limitsHash) {}

  /** {@code SessionRawDeviceGraphics} as a team would mirror it. */
  public record SessionRawDeviceGraphics(
      @JsonProperty("webgl") SessionRawDeviceGraphicsWebgl webgl,
      @JsonProperty("webgpu") SessionRawDeviceGraphicsWebgpu webgpu) {}

  /** {@code SessionRawDeviceAudio} as a team would mirror it. */
  public record SessionRawDeviceAudio(
      @JsonProperty("hash") JsonNode hash,
      @JsonProperty("sample_rate") Double sampleRate,
      @JsonProperty("channel_count") Integer channelCount,
      @JsonProperty("voice_count") Integer voiceCount,
      @JsonProperty("local_voice_count") Integer localVoiceCount,
      @JsonProperty("default_voice_lang") String defaultVoiceLang,
      @JsonProperty("noise_detected") Boolean noiseDetected) {}

  /** {@code SessionRawDeviceFonts} as a team would mirror it. */
  public record SessionRawDeviceFonts(
      @JsonProperty("detected_count") Integer detectedCount,
      @JsonProperty("tested_count") Integer testedCount,
      @JsonProperty("enumeration_hash") JsonNode enumerationHash,
      @JsonProperty("metrics_hash") JsonNode metricsHash,
      @JsonProperty("preferences_hash") JsonNode preferencesHash,
      @JsonProperty("emoji_hash") JsonNode emojiHash) {}

  /** {@code SessionRawDeviceMedia} as a team would mirror it. */
  public record SessionRawDeviceMedia(
      @JsonProperty("device_count") Integer deviceCount,
      @JsonProperty("counts_by_kind") Map<String, Integer> countsByKind,
      @JsonProperty("blank_label_count") Integer blankLabelCount,
      @JsonProperty("topology_hash") JsonNode topologyHash) {}

  /** {@code SessionClientTelemetry} as a team would mirror it. */
  public record SessionClientTelemetry(
      @JsonProperty("navigator") SessionRawDeviceNavigator navigator,
      @JsonProperty("storage") SessionRawDeviceStorage storage,
      @JsonProperty("canvas") SessionRawDeviceCanvas canvas,
      @JsonProperty("graphics") SessionRawDeviceGraphics graphics,
      @JsonProperty("audio") SessionRawDeviceAudio audio,
      @JsonProperty("fonts") SessionRawDeviceFonts fonts,
      @JsonProperty("media") SessionRawDeviceMedia media) {}

  /** {@code SessionAttributionLabel} as a team would mirror it. */
  public record SessionAttributionLabel(
      @JsonProperty("kind") String kind,
      @JsonProperty("value") String value,
      @JsonProperty("label") String label,
      @JsonProperty("confidence") int confidence) {}

  /** {@code SessionAttributionBehavior} as a team would mirror it. */
  public record SessionAttributionBehavior(
      @JsonProperty("channel") String channel,
      @JsonProperty("value") String value,
      @JsonProperty("label") String label,
      @JsonProperty("confidence") int confidence) {}

  /** {@code SessionAttribution} as a team would mirror it. */
  public record SessionAttribution(
      @JsonProperty("labels") List<SessionAttributionLabel> labels,
      @JsonProperty("behaviors") List<SessionAttributionBehavior> behaviors) {}

  /** {@code SessionDetailBehaviorAssessment} as a team would mirror it. */
  public record SessionDetailBehaviorAssessment(
      @JsonProperty("tier") String tier,
      @JsonProperty("findings") List<String> findings) {}

  /** {@code SessionDetailBehaviorFieldMechanics} as a team would mirror it. */
  public record SessionDetailBehaviorFieldMechanics(
      @JsonProperty("input_count") double inputCount,
      @JsonProperty("typed_chars") double typedChars,
      @JsonProperty("paste_count") double pasteCount,
      @JsonProperty("correction_count") double correctionCount,
      @JsonProperty("dwell_ms") double dwellMs,
      @JsonProperty("median_interval_ms") Double medianIntervalMs,
      @JsonProperty("interval_cv") Double intervalCv) {}

  /** {@code SessionDetailBehaviorField} as a team would mirror it. */
  public record SessionDetailBehaviorField(
      @JsonProperty("field_hash") double fieldHash,
      @JsonProperty("display_name") String displayName,
      @JsonProperty("field_role") String fieldRole,
      @JsonProperty("entry_mode") String entryMode,
      @JsonProperty("tone") String tone,
      @JsonProperty("mechanics") SessionDetailBehaviorFieldMechanics mechanics) {}

  /** {@code SessionDetailBehaviorCoverage} as a team would mirror it. */
  public record SessionDetailBehaviorCoverage(
      @JsonProperty("fields_tracked") double fieldsTracked,
      @JsonProperty("fields_dropped") double fieldsDropped,
      @JsonProperty("complete") boolean complete) {}

  /** {@code SessionDetailBehavior} as a team would mirror it. */
  public record SessionDetailBehavior(
      @JsonProperty("assessment") SessionDetailBehaviorAssessment assessment,
      @JsonProperty("fields") List<SessionDetailBehaviorField> fields,
      @JsonProperty("coverage") SessionDetailBehaviorCoverage coverage) {}

  /** {@code SessionDetail} as a team would mirror it. */
  public record SessionDetail(
      @JsonProperty("object") String objectValue,
      @JsonProperty("id") String id,
      @JsonProperty("created_at") Instant createdAt,
      @JsonProperty("client_user_id") String clientUserId,
      @JsonProperty("decision") SessionDetailDecision decision,
      @JsonProperty("highlights") List<SessionHighlight> highlights,
      @JsonProperty("web_bot_auth") SessionWebBotAuth webBotAuth,
      @JsonProperty("network") SessionNetwork network,
      @JsonProperty("runtime_integrity") SessionRuntimeIntegrity runtimeIntegrity,
      @JsonProperty("native_runtime_integrity") SessionNativeRuntimeIntegrity nativeRuntimeIntegrity,
      @JsonProperty("native_app") SessionNativeApp nativeApp,
      @JsonProperty("native_carrier") SessionNativeCarrier nativeCarrier,
      @JsonProperty("native_motion_print") SessionNativeMotionPrint nativeMotionPrint,
      @JsonProperty("device_identity") SessionDetailDeviceIdentity deviceIdentity,
      @JsonProperty("install_id") String installId,
      @JsonProperty("visitor_fingerprint") SessionDetailVisitorFingerprint visitorFingerprint,
      @JsonProperty("connection_fingerprint") SessionConnectionFingerprint connectionFingerprint,
      @JsonProperty("previous_decisions") List<SessionDetailDecision> previousDecisions,
      @JsonProperty("request") SessionDetailRequest request,
      @JsonProperty("browser") SessionBrowser browser,
      @JsonProperty("device") SessionDevice device,
      @JsonProperty("analysis_coverage") SessionAnalysisCoverage analysisCoverage,
      @JsonProperty("signals_fired") List<SessionSignalFired> signalsFired,
      @JsonProperty("client_telemetry") SessionClientTelemetry clientTelemetry,
      @JsonProperty("attribution") SessionAttribution attribution,
      @JsonProperty("behavior") SessionDetailBehavior behavior) {}
}
