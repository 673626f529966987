/**
 * Loopback network probes, run with {@code --network-simulation}: stream throughput ({@link
 * org.mfn.bench.network.LoopbackThroughputBenchmark}, bit rate) and round trip ({@link
 * org.mfn.bench.network.LoopbackRoundTripBenchmark}, percentiles) over TCP on 127.0.0.1 and Unix
 * domain sockets. TCP is labelled ours and the Unix socket its peer only so that the two sit side
 * by side in the report; neither is part of the MFN.
 */
package org.mfn.bench.network;
