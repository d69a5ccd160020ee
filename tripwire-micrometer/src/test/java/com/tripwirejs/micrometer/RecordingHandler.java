package com.tripwirejs.micrometer;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Keeps every observation context stopped, with the thread that stopped it; thread-safe. */
final class RecordingHandler implements ObservationHandler<Observation.Context> {

  /** One stopped observation. */
  record Stopped(Observation.Context context, String thread) {}

  private final List<Stopped> stopped = new CopyOnWriteArrayList<>();

  @Override
  public void onStop(Observation.Context context) {
    stopped.add(new Stopped(context, Thread.currentThread().getName()));
  }

  @Override
  public boolean supportsContext(Observation.Context context) {
    return true;
  }

  List<Stopped> stopped() {
    return List.copyOf(stopped);
  }

  /** The contexts stopped with this observation name, in order. */
  List<Observation.Context> named(String name) {
    return stopped.stream().map(Stopped::context).filter(c -> name.equals(c.getName())).toList();
  }

  void clear() {
    stopped.clear();
  }
}
