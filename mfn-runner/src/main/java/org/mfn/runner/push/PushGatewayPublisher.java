package org.mfn.runner.push;

import io.prometheus.metrics.exporter.pushgateway.Format;
import io.prometheus.metrics.exporter.pushgateway.PushGateway;
import io.prometheus.metrics.exporter.pushgateway.Scheme;
import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot.GaugeDataPointSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.core.run.RunResult;
import org.mfn.report.prometheus.PrometheusExport;

/**
 * Pushes a run's gauges to a Prometheus Pushgateway with the official Java client, replacing the
 * group {@code job}/{@code host} (an HTTP PUT), so that each machine keeps its own latest run and
 * runs from different machines never overwrite each other.
 *
 * <p>The gauges are those of {@code metrics.prom} ({@link PrometheusExport}), each series labelled
 * with the run's {@code commit}, {@code profile} and {@code jdk}; the grouping key adds {@code job}
 * and {@code host}. Two more gauges describe the run: {@code mfn_run_info} (1, with the run's
 * labels and the MFN version) and {@code mfn_run_end_timestamp_seconds} (Unix time the run ended).
 */
public final class PushGatewayPublisher {
  /** The job name when none is given. */
  public static final String DEFAULT_JOB = "mfn-bench";

  private static final Duration TIMEOUT = Duration.ofSeconds(10);

  private final URI gateway;
  private final String job;

  private PushGatewayPublisher(URI gateway, String job) {
    this.gateway = gateway;
    this.job = job;
  }

  /**
   * Creates a publisher.
   *
   * @param url the gateway, {@code http://HOST:PORT} or {@code https://HOST:PORT}
   * @param job the job name of the group (not blank)
   * @return the publisher
   * @throws IllegalArgumentException naming the value if the URL or job is not usable
   */
  public static PushGatewayPublisher to(String url, String job) {
    URI uri;
    try {
      uri = new URI(url == null ? "" : url.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(
          "--push-gateway must be a URL such as http://localhost:9091: '" + url + "'", e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new IllegalArgumentException(
          "--push-gateway must be a URL such as http://localhost:9091: '" + url + "'");
    }
    if (uri.getPath() != null && !uri.getPath().isEmpty() && !uri.getPath().equals("/")) {
      throw new IllegalArgumentException(
          "--push-gateway takes the gateway's address without a path: '" + url + "'");
    }
    if (job == null || job.isBlank()) {
      throw new IllegalArgumentException("--push-job must not be blank: '" + job + "'");
    }
    return new PushGatewayPublisher(uri, job.strip());
  }

  /** Returns the gateway as messages show it. */
  public String gateway() {
    return gateway.getScheme() + "://" + address();
  }

  /**
   * Pushes a run, replacing what this job and host pushed before.
   *
   * @param result the run
   * @param host the machine's name, the group's {@code host} label
   * @throws PushException in one line if the gateway cannot be reached or refuses the push
   */
  public void push(RunResult result, String host) throws PushException {
    MetricSnapshots snapshots = snapshots(result);
    PrometheusRegistry registry = new PrometheusRegistry();
    registry.register((MultiCollector) () -> snapshots);
    PushGateway push =
        PushGateway.builder()
            .address(address())
            .scheme(gateway.getScheme().equalsIgnoreCase("https") ? Scheme.HTTPS : Scheme.HTTP)
            .job(job)
            .groupingKey("host", host)
            .registry(registry)
            .format(Format.PROMETHEUS_TEXT)
            .connectionTimeout(TIMEOUT)
            .readTimeout(TIMEOUT)
            .build();
    try {
      push.push();
    } catch (IOException | RuntimeException e) {
      throw new PushException(
          "cannot push to the Pushgateway at " + gateway() + ": " + oneLine(e), e);
    }
  }

  /**
   * Returns what a push sends: the report's gauges with the run's labels, and the run's gauges.
   *
   * @param result the run
   * @return the snapshots
   */
  public static MetricSnapshots snapshots(RunResult result) {
    Labels run = runLabels(result);
    List<MetricSnapshot> all =
        new ArrayList<>(PrometheusExport.snapshots(result, run).stream().toList());
    EnvironmentInfo e = result.environment();
    all.add(
        GaugeSnapshot.builder()
            .name("mfn_run_info")
            .help("1 for the pushed run; its labels describe it.")
            .dataPoint(
                GaugeDataPointSnapshot.builder()
                    .labels(run.add("mfn_version", orUnknown(e == null ? null : e.mfnVersion())))
                    .value(1)
                    .build())
            .build());
    Double ended = endSeconds(e);
    if (ended != null) {
      all.add(
          GaugeSnapshot.builder()
              .name("mfn_run_end_timestamp_seconds")
              .help("When the pushed run ended, Unix time in seconds.")
              .dataPoint(GaugeDataPointSnapshot.builder().labels(run).value(ended).build())
              .build());
    }
    return MetricSnapshots.of(all.toArray(new MetricSnapshot[0]));
  }

  private static Labels runLabels(RunResult result) {
    EnvironmentInfo e = result.environment();
    String profile = result.settings() == null ? null : result.settings().profile();
    return Labels.of(
        "commit",
        orUnknown(e == null ? null : e.gitCommit()),
        "profile",
        profile == null || profile.isBlank() ? "default" : profile,
        "jdk",
        orUnknown(e == null ? null : e.jdkVersion()));
  }

  private static Double endSeconds(EnvironmentInfo e) {
    if (e == null || e.endTime() == null) {
      return null;
    }
    try {
      return Instant.parse(e.endTime()).toEpochMilli() / 1000.0;
    } catch (DateTimeParseException ex) {
      return null;
    }
  }

  private String address() {
    int port = gateway.getPort();
    if (port < 0) {
      port = gateway.getScheme().equalsIgnoreCase("https") ? 443 : 80;
    }
    return gateway.getHost() + ":" + port;
  }

  private static String orUnknown(String s) {
    return s == null || s.isBlank() ? "unknown" : s;
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
    int nl = m.indexOf('\n');
    String first = nl < 0 ? m : m.substring(0, nl);
    if (e instanceof java.net.ConnectException
        || first.toLowerCase(Locale.ROOT).contains("refused")) {
      return "connection refused (is the gateway running there?)";
    }
    if (e instanceof java.net.UnknownHostException) {
      return "unknown host " + first;
    }
    return first;
  }
}
