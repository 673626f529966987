/**
 * Faults injected into the running pipeline at known times, measured with the harness ({@link
 * org.mfn.core.harness.Harness}) at a fixed offered load: links going down, the flow registry
 * cleared, the slow path slow or failing, the registry's socket server restarting. Each scenario
 * reports throughput and p99 over time, before, during and after the fault, the time to recover,
 * and the packets dropped or misrouted ({@link FaultRun}, {@link FaultOutcome}).
 */
package org.mfn.layers.fault;
