package org.mfn.runner.dashboard;

/**
 * Where the dashboard hands its live alerts beyond the open pages (e.g. the channels of an alerts
 * file). Called on the request thread that received the iteration: implementations return quickly.
 */
public interface LiveAlertSink {
  /**
   * A run started: alerts raised from now on belong to it.
   *
   * @param run the run directory's name the run announced, or empty
   * @param profile its profile, or empty
   */
  void runStarted(String run, String profile);

  /**
   * A live iteration crossed a threshold.
   *
   * @param rule the rule as written, e.g. {@code Dijkstra>200}
   * @param label the benchmark and its parameters
   * @param value the iteration's score
   * @param unit its unit
   * @param message one line saying so
   */
  void raised(String rule, String label, double value, String unit, String message);
}
