package com.tripwirejs.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link RoundTripBenchmarks} from one calling thread: the latency-bound case, where every cost the
 * SDK adds to a call shows in full. Baselines as there: the same HTTP library by hand with Jackson
 * {@code readTree}.
 */
@Threads(1)
public class RoundTripSingleThreadBenchmark extends RoundTripBenchmarks {}
