package com.tripwirejs.api.support;

import com.tripwirejs.http.AttemptOutcome;
import com.tripwirejs.http.RequestAttempt;
import com.tripwirejs.http.RequestListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that keeps every attempt it is told about, in order; thread-safe. */
public final class RecordingListener implements RequestListener {

  /** One finished attempt. */
  public record Ended(RequestAttempt attempt, AttemptOutcome outcome, String thread) {}

  private final List<RequestAttempt> started = new CopyOnWriteArrayList<>();
  private final List<Ended> ended = new CopyOnWriteArrayList<>();

  @Override
  public void onAttemptStart(RequestAttempt attempt) {
    started.add(attempt);
  }

  @Override
  public void onAttemptEnd(RequestAttempt attempt, AttemptOutcome outcome) {
    ended.add(new Ended(attempt, outcome, Thread.currentThread().getName()));
  }

  /** The attempts started so far. */
  public List<RequestAttempt> started() {
    return List.copyOf(started);
  }

  /** The attempts ended so far. */
  public List<Ended> ended() {
    return List.copyOf(ended);
  }

  /** Forgets everything recorded. */
  public void clear() {
    started.clear();
    ended.clear();
  }
}
