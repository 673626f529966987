/**
 * The machine preflight ({@link org.mfn.runner.preflight.MachinePreflight}): checks before every
 * run, and on their own with {@code preflight}, of what would move the numbers (load, busy
 * processes, frequency scaling, steal time, pressure, proactive reclaim, huge pages, a debugger),
 * each a warning with its reason and fix, recorded in {@code results.json}. Reads {@code /proc} and
 * {@code /sys} under a root that the tests replace with fixtures.
 */
package org.mfn.runner.preflight;
