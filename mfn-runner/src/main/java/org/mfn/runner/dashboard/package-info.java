/**
 * The live dashboard: {@link org.mfn.runner.dashboard.DashboardServer} (Javalin; page and assets
 * from the jar, JSON API over the history store, {@code /metrics}, the {@code /ws/live} WebSocket),
 * {@code LiveHub} (the current run's events, replayed to pages that connect mid-run), {@code
 * AlertRule} (live thresholds), {@code MachineStats} (OSHI CPU load and memory), and, on the run's
 * side, {@link org.mfn.runner.dashboard.LivePublisher} ({@code --dashboard URL}: events posted from
 * a bounded background queue). Server handlers run on Jetty's threads and share only thread-safe
 * state; sizes are bytes, times milliseconds since the epoch in events.
 */
package org.mfn.runner.dashboard;
