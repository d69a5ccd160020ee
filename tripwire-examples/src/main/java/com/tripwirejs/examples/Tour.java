package com.tripwirejs.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a run of the {@link Quickstart} did: where it ran, the steps it completed, what each found,
 * and why it stopped if it failed.
 */
public final class Tour {

  /** Where the tour ran. */
  public enum Mode {
    /** Every step, against a fake API started on a loopback port for the run. */
    LOCAL_FAKE,
    /**
     * The steps that only read, against the API that the key in {@code FOIL_SECRET_KEY} (or {@code
     * TRIPWIRE_SECRET_KEY}) belongs to.
     */
    READ_ONLY
  }

  private final Mode mode;
  private final String baseUrl;
  private final List<String> completed = new ArrayList<>();
  private @Nullable String failure;
  private ListSessions.@Nullable Listing sessions;
  private ReadSession.@Nullable Facts session;
  private ReadSession.@Nullable Missing missingSession;
  private AttachClientUser.@Nullable RoundTrip clientUser;
  private ApiKeyLifecycle.@Nullable Lifecycle apiKey;
  private WebhookRoundTrip.@Nullable RoundTrip webhook;
  private VerifySealedToken.@Nullable Verified sealedToken;

  Tour(Mode mode, String baseUrl) {
    this.mode = mode;
    this.baseUrl = baseUrl;
  }

  /** {@return where the tour ran} */
  public Mode mode() {
    return mode;
  }

  /** {@return the base URL of the API the tour called} */
  public String baseUrl() {
    return baseUrl;
  }

  /** {@return the titles of the steps that completed, in order} */
  public List<String> completedSteps() {
    return List.copyOf(completed);
  }

  /** {@return the one-line reason the tour stopped, if it failed} */
  public Optional<String> failure() {
    return Optional.ofNullable(failure);
  }

  /** {@return 0 when every step completed, 1 when the tour failed} */
  public int exitCode() {
    return failure == null ? 0 : 1;
  }

  /** {@return step 1's listing, if the step ran} */
  public Optional<ListSessions.Listing> sessions() {
    return Optional.ofNullable(sessions);
  }

  /** {@return step 2's session, if the step ran and there was a session to read} */
  public Optional<ReadSession.Facts> session() {
    return Optional.ofNullable(session);
  }

  /** {@return step 2's answer to an unknown session id, if the step ran} */
  public Optional<ReadSession.Missing> missingSession() {
    return Optional.ofNullable(missingSession);
  }

  /** {@return step 3's client user id round trip, if the step ran} */
  public Optional<AttachClientUser.RoundTrip> clientUser() {
    return Optional.ofNullable(clientUser);
  }

  /** {@return step 4's API key life, if the step ran} */
  public Optional<ApiKeyLifecycle.Lifecycle> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  /** {@return step 5's webhook round trip, if the step ran} */
  public Optional<WebhookRoundTrip.RoundTrip> webhook() {
    return Optional.ofNullable(webhook);
  }

  /** {@return step 6's sealed token, if the step ran} */
  public Optional<VerifySealedToken.Verified> sealedToken() {
    return Optional.ofNullable(sealedToken);
  }

  void completed(String step) {
    completed.add(step);
  }

  void failed(String reason) {
    failure = reason;
  }

  void sessions(ListSessions.Listing listing) {
    sessions = listing;
  }

  void session(ReadSession.@Nullable Facts facts) {
    session = facts;
  }

  void missingSession(ReadSession.Missing missing) {
    missingSession = missing;
  }

  void clientUser(AttachClientUser.RoundTrip roundTrip) {
    clientUser = roundTrip;
  }

  void apiKey(ApiKeyLifecycle.Lifecycle lifecycle) {
    apiKey = lifecycle;
  }

  void webhook(WebhookRoundTrip.RoundTrip roundTrip) {
    webhook = roundTrip;
  }

  void sealedToken(VerifySealedToken.Verified verified) {
    sealedToken = verified;
  }

}
