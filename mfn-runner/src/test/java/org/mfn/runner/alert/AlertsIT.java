package org.mfn.runner.alert;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mfn.core.io.BoundedProcess;
import org.mfn.runner.JarRun;

/**
 * The runner jar with {@code --alerts}: a real smoke run checked against a baseline that claims the
 * benchmark was twice as fast, so the check finds a regression, and the alert reaches a loopback
 * webhook receiver, signed.
 */
class AlertsIT {
  private static final Path WORK = Path.of("target", "it-runs", "alerts");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aRegressionFoundByARealRun_isPostedToTheWebhook_signed() throws Exception {
    Files.createDirectories(WORK);
    List<String[]> received = Collections.synchronizedList(new ArrayList<>());
    HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    receiver.createContext(
        "/",
        x -> {
          String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
          received.add(new String[] {body, x.getRequestHeaders().getFirst("X-MFN-Signature-256")});
          x.sendResponseHeaders(204, -1);
          x.close();
        });
    receiver.start();
    try {
      Path first = Files.createTempDirectory(WORK, "first");
      BoundedProcess.Outcome run = runJar(first, Map.of());
      assertThat(run.exitCode()).as(run.output()).isZero();
      Path baseline =
          halved(
              JarRun.newestRun(first).resolve("results.json"), WORK.resolve("twice-as-fast.json"));

      Path alerts = WORK.resolve("mfn-alerts.json");
      Files.writeString(
          alerts,
          "{\"rules\": [{\"when\": \"regressed\"}, {\"when\": \"claim-failed\"}],"
              + " \"channels\": [{\"type\": \"webhook\", \"url\": \"http://127.0.0.1:"
              + receiver.getAddress().getPort()
              + "/hook\", \"secretEnv\": \"MFN_TEST_WEBHOOK_SECRET\"}]}");
      Path second = Files.createTempDirectory(WORK, "second");
      BoundedProcess.Outcome checked =
          runJar(
              second,
              Map.of("MFN_TEST_WEBHOOK_SECRET", "k3y"),
              "--regression-check",
              "--baseline-file",
              baseline.toAbsolutePath().toString(),
              "--alerts",
              alerts.toAbsolutePath().toString());
      assertThat(checked.exitCode()).as(checked.output()).isEqualTo(3);
      assertThat(received).hasSize(1);
      JsonNode payload = JSON.readTree(received.get(0)[0]);
      assertThat(payload.get("alerts"))
          .anySatisfy(
              a -> {
                assertThat(a.get("kind").asText()).isEqualTo("regressed");
                assertThat(a.get("key").asText())
                    .startsWith("regressed:org.mfn.bench.tooling.AbFixtureBenchmark.work");
                assertThat(a.get("details").get("worsePercent").asDouble()).isGreaterThan(50);
              });
      assertThat(received.get(0)[1])
          .isEqualTo(
              "sha256="
                  + WebhookChannel.sign(
                      "k3y".getBytes(StandardCharsets.UTF_8), received.get(0)[0]));
    } finally {
      receiver.stop(0);
    }
  }

  /** A copy of a run's results whose every primary sample and statistic is halved. */
  private static Path halved(Path results, Path to) throws Exception {
    ObjectNode root = (ObjectNode) JSON.readTree(results.toFile());
    for (JsonNode b : root.get("benchmarks")) {
      ObjectNode primary = (ObjectNode) b.get("primary");
      for (JsonNode fork : primary.get("samples")) {
        ArrayNode values = (ArrayNode) fork;
        for (int i = 0; i < values.size(); i++) {
          values.set(i, DoubleNode.valueOf(values.get(i).asDouble() / 2));
        }
      }
      ObjectNode s = (ObjectNode) primary.get("statistics");
      for (String f : List.of("mean", "median", "stdev", "min", "max")) {
        if (s.hasNonNull(f)) {
          s.put(f, s.get(f).asDouble() / 2);
        }
      }
      for (String ci : List.of("ci", "ciStudentT")) {
        if (s.get(ci) instanceof ObjectNode interval) {
          interval.put("lower", interval.get("lower").asDouble() / 2);
          interval.put("upper", interval.get("upper").asDouble() / 2);
        }
      }
    }
    JSON.writeValue(to.toFile(), root);
    return to;
  }

  private static BoundedProcess.Outcome runJar(
      Path output, Map<String, String> env, String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "--include",
                "AbFixtureBenchmark.work$",
                "--profile",
                "smoke",
                "--forks",
                "3", // a fork-aware check needs forks: one is always INCONCLUSIVE
                "--no-history",
                "--output",
                output.toAbsolutePath().toString()));
    args.addAll(List.of(extra));
    return JarRun.run(WORK, env, Duration.ofMinutes(3), args.toArray(new String[0]));
  }
}
