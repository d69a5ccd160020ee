package com.tripwirejs.benchmarks;

import org.openjdk.jmh.annotations.Threads;

/**
 * {@link RoundTripBenchmarks} from eight threads sharing one client: contention in the connection
 * pool, the SDK's pipeline and the transport. Baselines as there: the same HTTP library by hand,
 * shared the same way, with Jackson {@code readTree}.
 */
@Threads(8)
public class RoundTripEightThreadsBenchmark extends RoundTripBenchmarks {}
