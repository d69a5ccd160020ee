package com.tripwirejs.http;

import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how often a failed call is sent again. Off by default ({@link #none()}); {@link
 * #defaults()} or a {@link #builder()} turns it on.
 *
 * <p>Only what is safe is retried:
 *
 * <ul>
 *   <li>a connection failure that happened before the request was sent, for any method;
 *   <li>a status of {@link #retryableStatuses()} (408, 429, 500, 502, 503, 504), a broken
 *       connection or a response timeout, for idempotent methods only: GET and DELETE, and PATCH
 *       when {@link #retryPatch()} is on. A POST that may have reached the API is never sent
 *       twice;
 *   <li>never when the API's error body says {@code "retryable": false}.
 * </ul>
 *
 * <p>Delays grow exponentially from {@link #initialBackoff()} by {@link #multiplier()} up to
 * {@link #maxBackoff()}, each shortened by a random part of up to {@link #jitter()} so that many
 * clients do not retry in step. A {@code Retry-After} header (seconds or an HTTP date) replaces the
 * computed delay when it is at most {@link #maxRetryAfter()}; when it asks for longer, the error is
 * returned instead of waiting. No delay extends past the call's overall timeout.
 */
public final class RetryPolicy {

  private static final Set<Integer> RETRYABLE_STATUSES = Set.of(408, 429, 500, 502, 503, 504);
  private static final RetryPolicy NONE = builder().maxAttempts(1).build();
  private static final RetryPolicy DEFAULTS = builder().build();

  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final boolean retryPatch;

  private RetryPolicy(Builder builder) {
    this.maxAttempts = builder.maxAttempts;
    this.initialBackoff = builder.initialBackoff;
    this.maxBackoff = builder.maxBackoff;
    this.multiplier = builder.multiplier;
    this.jitter = builder.jitter;
    this.maxRetryAfter = builder.maxRetryAfter;
    this.retryPatch = builder.retryPatch;
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
    }
  }

  /**
   * No retries: every call is attempted once. The default of the client.
   *
   * @return the policy
   */
  public static RetryPolicy none() {
    return NONE;
  }

  /**
   * Up to 3 attempts, 500 ms initial backoff doubling up to 8 s with 50% jitter, honouring {@code
   * Retry-After} up to 60 s, PATCH not retried.
   *
   * @return the policy
   */
  public static RetryPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from {@link #defaults()}.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The most attempts per call, the first included; 1 means no retries.
   *
   * @return the attempt limit
   */
  public int maxAttempts() {
    return maxAttempts;
  }

  /**
   * The delay before the first retry, before jitter.
   *
   * @return the initial backoff
   */
  public Duration initialBackoff() {
    return initialBackoff;
  }

  /**
   * The longest computed delay between attempts.
   *
   * @return the maximum backoff
   */
  public Duration maxBackoff() {
    return maxBackoff;
  }

  /**
   * The factor each further retry multiplies the delay by.
   *
   * @return the multiplier
   */
  public double multiplier() {
    return multiplier;
  }

  /**
   * The largest fraction a delay is randomly shortened by (0 disables jitter).
   *
   * @return the jitter fraction in [0, 1]
   */
  public double jitter() {
    return jitter;
  }

  /**
   * The longest {@code Retry-After} the client waits for; a longer one ends the call with the
   * error.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * Whether PATCH requests are retried like GET and DELETE. Off by default: a partial update that
   * may have been applied is only repeated when the caller knows it is safe.
   *
   * @return true when PATCH is retried
   */
  public boolean retryPatch() {
    return retryPatch;
  }

  /**
   * The statuses that are retried for idempotent methods.
   *
   * @return 408, 429, 500, 502, 503 and 504
   */
  public Set<Integer> retryableStatuses() {
    return RETRYABLE_STATUSES;
  }

  /**
   * Whether a method may be sent again once it may have reached the API.
   *
   * @param method the method
   * @return true for GET and DELETE, and for PATCH when {@link #retryPatch()} is on
   */
  public boolean mayRepeat(HttpMethod method) {
    return method.isIdempotent() || (method == HttpMethod.PATCH && retryPatch);
  }

  /**
   * The delay before retry number {@code retry} (1 for the first retry), with jitter applied.
   *
   * @param retry the retry number, at least 1
   * @return the delay
   */
  public Duration backoff(int retry) {
    double base = initialBackoff.toNanos() * Math.pow(multiplier, Math.max(0, retry - 1));
    double capped = Math.min(base, maxBackoff.toNanos());
    double jittered = capped * (1 - jitter * ThreadLocalRandom.current().nextDouble());
    return Duration.ofNanos((long) jittered);
  }

  @Override
  public String toString() {
    return "RetryPolicy[maxAttempts="
        + maxAttempts
        + ", initialBackoff="
        + initialBackoff
        + ", maxBackoff="
        + maxBackoff
        + ", multiplier="
        + multiplier
        + ", jitter="
        + jitter
        + ", maxRetryAfter="
        + maxRetryAfter
        + ", retryPatch="
        + retryPatch
        + "]";
  }

  /** Builds {@link RetryPolicy} values; starts from {@link #defaults()}. */
  public static final class Builder {
    private int maxAttempts = 3;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(8);
    private double multiplier = 2.0;
    private double jitter = 0.5;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private boolean retryPatch;

    private Builder() {}

    /**
     * Sets the most attempts per call, the first included.
     *
     * @param maxAttempts between 1 and 10
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      if (maxAttempts < 1 || maxAttempts > 10) {
        throw new IllegalArgumentException("maxAttempts must be between 1 and 10");
      }
      this.maxAttempts = maxAttempts;
      return this;
    }

    /**
     * Sets the delay before the first retry.
     *
     * @param initialBackoff zero or positive
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * Sets the longest computed delay.
     *
     * @param maxBackoff zero or positive
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Sets the growth factor of the delay.
     *
     * @param multiplier at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
        throw new IllegalArgumentException("multiplier must be at least 1");
      }
      this.multiplier = multiplier;
      return this;
    }

    /**
     * Sets the largest random fraction a delay is shortened by.
     *
     * @param jitter between 0 and 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      if (!(jitter >= 0.0 && jitter <= 1.0)) {
        throw new IllegalArgumentException("jitter must be between 0 and 1");
      }
      this.jitter = jitter;
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} to wait for.
     *
     * @param maxRetryAfter zero or positive
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * Sets whether PATCH requests are retried like GET and DELETE.
     *
     * @param retryPatch true to retry PATCH
     * @return this builder
     */
    public Builder retryPatch(boolean retryPatch) {
      this.retryPatch = retryPatch;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }

    private static Duration nonNegative(Duration value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isNegative()) {
        throw new IllegalArgumentException(name + " must not be negative");
      }
      return value;
    }
  }
}
