/**
 * Publishing a run's metrics to a Prometheus Pushgateway ({@code --push-gateway}), so that many
 * machines' runs reach a team's Prometheus without a collector of our own.
 */
package org.mfn.runner.push;
