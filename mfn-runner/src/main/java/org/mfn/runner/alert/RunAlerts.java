package org.mfn.runner.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.mfn.core.regression.ChangeVerdict;
import org.mfn.core.regression.ComparisonReport;
import org.mfn.core.regression.MetricComparison;
import org.mfn.core.run.RunResult;
import org.mfn.core.target.TargetVerdict;

/** The alerts the rules raise for a finished run, or for a run that failed. */
public final class RunAlerts {
  private RunAlerts() {}

  /**
   * Evaluates the rules on a finished run: one alert per failed claim a claim-failed rule covers,
   * one per REGRESSED metric a regressed rule covers.
   *
   * @param config the rules
   * @param result the run (its targets, and its comparison if it had one)
   * @return the alerts, each once
   */
  public static List<Alert> of(AlertsConfig config, RunResult result) {
    Map<String, Alert> alerts = new LinkedHashMap<>();
    for (RuleConfig rule : config.rules()) {
      if (rule.kind() == AlertKind.CLAIM_FAILED) {
        for (TargetVerdict t : result.targets()) {
          if (t.failedClaim() && rule.covers(t.id())) {
            alerts.putIfAbsent("claim-failed:" + t.id(), claim(t));
          }
        }
      } else if (rule.kind() == AlertKind.REGRESSED && result.comparison() != null) {
        for (MetricComparison c : result.comparison().comparisons()) {
          if (c.verdict() == ChangeVerdict.REGRESSED && rule.covers(c.benchmark())) {
            String key = "regressed:" + c.benchmark() + ":" + c.metric();
            alerts.putIfAbsent(key, regression(key, c, result.comparison()));
          }
        }
      }
    }
    return new ArrayList<>(alerts.values());
  }

  /**
   * The alert of a run that failed, if a run-failed rule asks for it.
   *
   * @param config the rules
   * @param reason the failure, one line
   * @return the alert, or an empty list
   */
  public static List<Alert> failed(AlertsConfig config, String reason) {
    if (!config.watches(AlertKind.RUN_FAILED)) {
      return List.of();
    }
    return List.of(
        new Alert(
            "run-failed",
            AlertKind.RUN_FAILED,
            "The run failed: " + reason,
            Map.of("reason", reason)));
  }

  private static Alert claim(TargetVerdict t) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("claim", t.id());
    d.put("text", t.claim());
    d.put("target", t.threshold());
    d.put("verdict", t.verdict().name());
    if (t.measured() != null) {
      d.put("measured", t.measured());
    }
    if (t.interval() != null) {
      d.put("intervalLower", t.interval().lower());
      d.put("intervalUpper", t.interval().upper());
    }
    d.put("unit", t.unit());
    d.put("benchmark", t.benchmark());
    String measured =
        t.measured() == null
            ? "no value"
            : String.format(Locale.ROOT, "%.4g %s", t.measured(), t.unit());
    return new Alert(
        "claim-failed:" + t.id(),
        AlertKind.CLAIM_FAILED,
        "Claim " + t.id() + " FAILED: measured " + measured + " (target " + t.threshold() + ")",
        d);
  }

  private static Alert regression(String key, MetricComparison c, ComparisonReport report) {
    Map<String, Object> d = new LinkedHashMap<>();
    d.put("benchmark", c.benchmark());
    d.put("metric", c.metric());
    d.put("unit", c.unit());
    d.put("oldMean", c.change().oldMean());
    d.put("newMean", c.change().newMean());
    d.put("worsePercent", c.change().worsePercent());
    d.put("method", report.correction());
    return new Alert(
        key,
        AlertKind.REGRESSED,
        String.format(
            Locale.ROOT,
            "Regressed: %s %s %+.2f%% worse (%.4g to %.4g %s)",
            c.benchmark(),
            c.metric(),
            c.change().worsePercent(),
            c.change().oldMean(),
            c.change().newMean(),
            c.unit()),
        d);
  }
}
