package org.mfn.layers.ifr.ipc;

/**
 * What a lookup answers about an installed flow.
 *
 * @param routeId the route
 * @param packets packets counted
 * @param bytes bytes counted
 * @param lastSeenNanos when last seen, in the registry owner's clock
 */
public record FlowEntry(int routeId, long packets, long bytes, long lastSeenNanos) {}
