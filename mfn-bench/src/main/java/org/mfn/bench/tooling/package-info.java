/**
 * Benchmarks of MFN Bench's own tools: what it costs to compare two runs of a large suite, and a
 * fixture of known work whose size a build fixes, to prove {@code ab} on real builds. Times in
 * milliseconds per comparison; inputs generated from a seed in memory.
 */
package org.mfn.bench.tooling;
