/**
 * Benchmarks of MFN Bench's own tools: what it costs to compare two runs of a large suite. Times in
 * milliseconds per comparison; inputs generated from a seed in memory.
 */
package org.mfn.bench.tooling;
