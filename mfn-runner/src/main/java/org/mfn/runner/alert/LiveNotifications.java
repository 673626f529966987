package org.mfn.runner.alert;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.mfn.core.io.HostName;
import org.mfn.runner.dashboard.LiveAlertSink;

/**
 * The dashboard's live alerts sent through the channels of an alerts file, on a background thread
 * so that a slow channel never holds up the events: each (rule, benchmark) once per run.
 */
public final class LiveNotifications implements LiveAlertSink, AutoCloseable {
  private final Notifier notifier;
  private final ExecutorService sender =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "mfn-live-alerts");
            t.setDaemon(true);
            return t;
          });
  private volatile RunInfo run = new RunInfo(HostName.get(), null, null, null, null);

  /**
   * Creates the sink.
   *
   * @param notifier the channels
   */
  public LiveNotifications(Notifier notifier) {
    this.notifier = notifier;
  }

  @Override
  public void runStarted(String directory, String profile) {
    RunInfo next =
        new RunInfo(
            HostName.get(),
            null,
            profile.isEmpty() ? null : profile,
            java.time.Instant.now().toString(),
            directory.isEmpty() ? null : directory);
    sender.execute(
        () -> {
          notifier.newRun();
          run = next;
        });
  }

  @Override
  public void raised(String rule, String label, double value, String unit, String message) {
    Alert alert =
        new Alert(
            "live-threshold:" + rule + ":" + label,
            AlertKind.LIVE_THRESHOLD,
            message,
            Map.of("rule", rule, "benchmark", label, "value", value, "unit", unit));
    sender.execute(() -> notifier.send(run, List.of(alert)));
  }

  /** Sends what is queued (waiting up to 30 s), then stops. */
  @Override
  public void close() throws InterruptedException {
    sender.shutdown();
    sender.awaitTermination(30, TimeUnit.SECONDS);
  }
}
