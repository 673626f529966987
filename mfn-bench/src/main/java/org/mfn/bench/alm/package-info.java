/**
 * Layer 3 (ALM) benchmarks: shortest paths and K shortest paths against JGraphT, server selection
 * per balancer against Guava's jump consistent hash, topology adaptation (incremental against
 * recomputing every tree), and a route decision in process against the same decision over HTTP.
 */
package org.mfn.bench.alm;
