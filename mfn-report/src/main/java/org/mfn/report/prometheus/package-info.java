/**
 * The Prometheus renderer ({@code metrics.prom}): snapshots built with the official Prometheus Java
 * client's model and written by its text-format writer; names follow Prometheus rules (base units,
 * unit suffixes).
 */
package org.mfn.report.prometheus;
