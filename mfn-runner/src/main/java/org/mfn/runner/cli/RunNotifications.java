package org.mfn.runner.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.mfn.core.io.HostName;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.core.run.RunResult;
import org.mfn.runner.BuildInfo;
import org.mfn.runner.alert.Alert;
import org.mfn.runner.alert.AlertsConfig;
import org.mfn.runner.alert.AlertsConfigException;
import org.mfn.runner.alert.Notifier;
import org.mfn.runner.alert.RunAlerts;
import org.mfn.runner.alert.RunInfo;
import org.mfn.runner.run.RunOutcome;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * A run's notifications ({@code --alerts FILE}): the file is read and its secrets looked up before
 * the run (a bad file is a usage error), the alerts sent after it, or when it fails.
 */
final class RunNotifications {
  private static final RunNotifications NONE = new RunNotifications(null, null, false);

  private final AlertsConfig config;
  private final Notifier notifier;
  private final boolean required;

  private RunNotifications(AlertsConfig config, Notifier notifier, boolean required) {
    this.config = config;
    this.notifier = notifier;
    this.required = required;
  }

  /**
   * Reads the alerts file, if any.
   *
   * @param file the file, or null for no notifications
   * @param required whether a failed channel makes the run exit 6
   * @param spec the command, for usage errors
   * @param env the environment the channels' secrets come from
   * @return the notifications
   * @throws ParameterException naming the file's problem
   */
  static RunNotifications prepare(
      Path file, boolean required, CommandSpec spec, Map<String, String> env) {
    if (file == null) {
      if (required) {
        throw new ParameterException(spec.commandLine(), "--alerts-required needs --alerts FILE");
      }
      return NONE;
    }
    try {
      AlertsConfig config = AlertsConfig.read(file);
      return new RunNotifications(
          config, Notifier.of(config, env, spec.commandLine().getErr()), required);
    } catch (AlertsConfigException e) {
      throw new ParameterException(spec.commandLine(), "--alerts: " + e.getMessage());
    }
  }

  /**
   * Sends a finished run's alerts.
   *
   * @param outcome the run
   * @return false only when a channel failed and that was required to succeed
   */
  boolean runFinished(RunOutcome outcome) {
    if (config == null) {
      return true;
    }
    RunResult result = outcome.result();
    List<Alert> alerts = RunAlerts.of(config, result);
    EnvironmentInfo e = result.environment();
    RunInfo run =
        new RunInfo(
            HostName.get(),
            e == null ? null : e.gitCommit(),
            result.settings() == null ? null : result.settings().profile(),
            e == null ? null : e.startTime(),
            outcome.directory() == null ? null : outcome.directory().toString());
    return notifier.send(run, alerts) || !required;
  }

  /**
   * Sends the alert of a failed run, if a rule asks for it.
   *
   * @param reason the failure, one line
   */
  void runFailed(String reason) {
    if (config == null) {
      return;
    }
    RunInfo run =
        new RunInfo(
            HostName.get(),
            BuildInfo.current().commit(),
            null,
            java.time.Instant.now().toString(),
            null);
    notifier.send(run, RunAlerts.failed(config, reason));
  }
}
