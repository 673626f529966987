package org.mfn.runner.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import org.mfn.runner.alert.AlertsConfig;
import org.mfn.runner.alert.AlertsConfigException;
import org.mfn.runner.alert.LiveNotifications;
import org.mfn.runner.alert.Notifier;
import org.mfn.runner.dashboard.DashboardServer;
import org.mfn.runner.history.HistoryException;
import org.mfn.runner.history.HistoryStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dashboard}: serves the live dashboard and the history until stopped (Ctrl-C). A run
 * publishes to it with {@code --dashboard URL}.
 */
@Command(
    name = "dashboard",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Serves the live dashboard and the run history (Ctrl-C stops it).",
      "",
      "Examples:",
      "  java -jar mfn-runner.jar dashboard --port 3030",
      "  java -jar mfn-runner.jar --layers ifr --profile smoke --dashboard http://127.0.0.1:3030",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:stopped",
      "1:the history database cannot be used, or the port cannot be bound",
      "2:usage error"
    })
public final class DashboardCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      defaultValue = "3030",
      description = "Port, 0 for any free one (default: ${DEFAULT-VALUE}).")
  private int port;

  @Option(
      names = "--bind",
      paramLabel = "ADDRESS",
      defaultValue = "127.0.0.1",
      description =
          "Address to listen on (default: ${DEFAULT-VALUE}; anything but loopback is warned"
              + " about: the dashboard has no authentication).")
  private String bind;

  @Option(
      names = "--output",
      paramLabel = "DIR",
      defaultValue = "mfn-results",
      description = "Output directory whose history.db is shown (default: ${DEFAULT-VALUE}).")
  private Path output;

  @Option(
      names = "--history-url",
      paramLabel = "JDBC_URL",
      description = "History database to show instead (e.g. jdbc:sqlite:/path/history.db).")
  private String historyUrl;

  @Option(
      names = "--alert",
      paramLabel = "RULE",
      description =
          "Raise an alert when a live iteration crosses a threshold: REGEX>VALUE or REGEX<VALUE in"
              + " the benchmark's unit, e.g. 'Dijkstra.*dijkstra>200' (repeatable).")
  private List<String> alerts = new ArrayList<>();

  @Option(
      names = "--alerts",
      paramLabel = "FILE",
      description =
          "Also send live alerts to the channels of this alerts file; its live-threshold rules join"
              + " the --alert rules.")
  private Path alertsFile;

  @Mixin private SharedOptions shared = new SharedOptions();

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new ParameterException(spec.commandLine(), "--port must be in 0..65535: " + port);
    }
    LiveNotifications live = null;
    if (alertsFile != null) {
      try {
        AlertsConfig config = AlertsConfig.read(alertsFile);
        alerts.addAll(config.liveThresholds());
        live =
            new LiveNotifications(
                Notifier.of(config, System.getenv(), spec.commandLine().getErr()));
      } catch (AlertsConfigException e) {
        throw new ParameterException(spec.commandLine(), "--alerts: " + e.getMessage());
      }
    }
    try {
      DashboardServer.checkAlerts(alerts);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--alert: " + e.getMessage());
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    HistoryStore history;
    try {
      history =
          historyUrl == null ? HistoryStore.inDirectory(output) : HistoryStore.open(historyUrl);
    } catch (HistoryException e) {
      throw new MfnException(ExitCodes.RUNTIME, e.getMessage(), e);
    }
    if (!DashboardServer.isLoopback(bind)) {
      err.println(
          "mfn: warning: the dashboard listens on "
              + bind
              + ", reachable from other machines, and has no authentication");
      err.flush();
    }
    DashboardServer server;
    try {
      server = DashboardServer.start(history, bind, port, alerts, live);
    } catch (RuntimeException e) {
      throw new MfnException(
          ExitCodes.RUNTIME,
          "cannot serve the dashboard on " + bind + ":" + port + ": " + rootMessage(e),
          e);
    }
    String host = bind.contains(":") ? "[" + bind + "]" : bind;
    out.println(
        "Dashboard at http://"
            + host
            + ":"
            + server.port()
            + "/ (history: "
            + history.name()
            + ")");
    out.println(
        "Publish a run to it: java -jar mfn-runner.jar ... --dashboard http://"
            + host
            + ":"
            + server.port());
    out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.close();
                  stopped.countDown();
                },
                "mfn-dashboard-stop"));
    stopped.await();
    return ExitCodes.OK;
  }

  private static String rootMessage(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
