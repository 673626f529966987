/**
 * The flow model: 5-tuple flow keys for IPv4 and IPv6, packed into {@code long} words so that flow
 * tables can store and compare them without per-flow objects.
 *
 * <p>Key types: {@link org.mfn.core.flow.FlowKey} (an immutable value with parsing and formatting),
 * {@link org.mfn.core.flow.FlowKeyLayout} (how a key occupies a fixed number of words in a table),
 * {@link org.mfn.core.flow.FlowHash} (the unkeyed 64-bit hash of packed words, for naming flows),
 * {@link org.mfn.core.flow.FlowHasher} (the keyed hash that tables and filters use, so that crafted
 * keys cannot flood them) and {@link org.mfn.core.flow.Protocol}. Everything here is immutable or
 * stateless and therefore thread-safe.
 */
package org.mfn.core.flow;
