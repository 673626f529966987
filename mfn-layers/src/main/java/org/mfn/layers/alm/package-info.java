/**
 * Layer 3, the Adaptive Logic Manager: routing over primitive arrays.
 *
 * <p>Key types: {@link org.mfn.layers.alm.Graph} (compressed sparse rows, immutable snapshots;
 * {@link org.mfn.layers.alm.GraphEditor} prepares the next version), {@link
 * org.mfn.layers.alm.Dijkstra} (indexed 4-ary heap, no allocation per call after warm-up), {@link
 * org.mfn.layers.alm.YenKShortestPaths}, the {@link org.mfn.layers.alm.LoadBalancer}s (Maglev,
 * power of two choices, smooth weighted round robin, least loaded), {@link
 * org.mfn.layers.alm.TopologyAdapter} (keeps a {@link org.mfn.layers.alm.RoutingTable} current
 * under link changes) and {@link org.mfn.layers.alm.RoutingService} (a flow's route decision).
 * Topologies come from {@code org.mfn.core.workload.TopologyGenerator}.
 *
 * <p>Bad input (negative or NaN weights, nodes out of range, K below 1, a change naming a missing
 * link) is refused with an exception naming the value; an unreachable target gives an empty path.
 */
package org.mfn.layers.alm;
