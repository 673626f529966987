package org.mfn.runner.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;
import org.mfn.runner.RealServers;
import org.mfn.runner.dashboard.DashboardServer;

/**
 * The shared history on a real PostgreSQL ({@code .ci/servers start}): the same schema and
 * migrations as SQLite, concurrent appends from two processes, the dashboard reading it, and the
 * failure paths (refused, wrong password, newer schema, a failed append), each test in a schema of
 * its own.
 */
class PostgresHistoryIT {
  private static final Path SMOKE_A = Path.of("src/test/resources/compare/smoke-a.json");
  private RealServers.Postgres pg;
  private String url;

  @BeforeEach
  void freshSchema() throws Exception {
    pg = RealServers.postgres();
    String schema = "t" + Long.toHexString(System.nanoTime());
    try (Connection c = admin();
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    url = pg.url() + (pg.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }

  private Connection admin() throws Exception {
    Properties p = new Properties();
    p.setProperty("user", pg.user());
    p.setProperty("password", pg.password());
    return DriverManager.getConnection(pg.url(), p);
  }

  private Connection inSchema() throws Exception {
    Properties p = new Properties();
    p.setProperty("user", pg.user());
    p.setProperty("password", pg.password());
    return DriverManager.getConnection(url, p);
  }

  private long count(String table) throws Exception {
    try (Connection c = inSchema();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void append_thenRead_sameAsOnSqlite_withDoublesKeptExactly() throws Exception {
    RunResult a = ResultsJson.read(SMOKE_A);
    HistoryStore store = HistoryStore.open(url, pg.env());
    long id = store.append(a, "run-a");
    HistoryRunDetail detail = store.run(id);
    assertThat(detail.results()).hasSize(a.benchmarks().size());
    assertThat(detail.verdicts())
        .extracting(HistoryVerdict::target)
        .containsExactlyElementsOf(a.targets().stream().map(t -> t.id()).toList());
    var first = a.benchmarks().get(0);
    HistoryPoint p =
        store.series(first.benchmark(), HistoryStore.paramsText(first.params())).get(0);
    assertThat(p.mean()).isEqualTo(first.primary().statistics().mean());
    try (Connection c = inSchema();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      r.next();
      assertThat(r.getInt(1)).isEqualTo(HistorySchema.CURRENT);
    }
  }

  @Test
  void twoProcessesAppendingAtOnce_loseAndDuplicateNothing_andTheDashboardListsBoth()
      throws Exception {
    HistoryStore.open(url, pg.env()); // both processes then find the schema, or race to make it
    int each = 15;
    List<Process> processes = new ArrayList<>();
    for (String label : List.of("p1", "p2")) {
      ProcessBuilder b =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  AppendRuns.class.getName(),
                  url,
                  label,
                  Integer.toString(each),
                  SMOKE_A.toString())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      b.environment().putAll(pg.env());
      processes.add(b.start());
    }
    for (Process p : processes) {
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).isZero();
    }
    HistoryStore store = HistoryStore.open(url, pg.env());
    List<HistoryRun> runs = store.runs(1000);
    assertThat(runs).hasSize(2 * each);
    assertThat(runs.stream().map(HistoryRun::id).distinct()).hasSize(2 * each);
    Set<String> directories = new HashSet<>();
    runs.forEach(r -> directories.add(r.directory()));
    for (int i = 0; i < each; i++) {
      assertThat(directories).contains("p1-" + i, "p2-" + i);
    }
    int perRun = ResultsJson.read(SMOKE_A).benchmarks().size();
    assertThat(count("results")).isEqualTo((long) perRun * 2 * each);

    try (DashboardServer server = DashboardServer.start(store, "127.0.0.1", 0, List.of())) {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create("http://127.0.0.1:" + server.port() + "/api/runs?limit=100"))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      JsonNode listed = new ObjectMapper().readTree(response.body());
      Map<String, Integer> byProcess = new HashMap<>();
      listed.forEach(
          r -> byProcess.merge(r.get("directory").asText().substring(0, 2), 1, Integer::sum));
      assertThat(byProcess).containsEntry("p1", each).containsEntry("p2", each);
    }
  }

  @Test
  void aSchemaFromANewerRunner_isRefusedInOneLine_andLeftAsItIs() throws Exception {
    HistoryStore.open(url, pg.env()).append(ResultsJson.read(SMOKE_A), "kept");
    try (Connection c = inSchema();
        Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = 99");
    }
    assertThatThrownBy(() -> HistoryStore.open(url, pg.env()))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("schema version 99, newer than this runner's")
        .hasMessageNotContaining("\n");
    assertThat(count("runs")).isEqualTo(1);
  }

  @Test
  void aWrongPassword_isOneLineThatSaysWhereTheLoginComesFrom() {
    Map<String, String> wrong =
        Map.of("MFN_HISTORY_USER", pg.user(), "MFN_HISTORY_PASSWORD", "not-the-password");
    assertThatThrownBy(() -> HistoryStore.open(url, wrong))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("refused the login")
        .hasMessageContaining("MFN_HISTORY_PASSWORD")
        .hasMessageNotContaining("not-the-password")
        .hasMessageNotContaining("\n");
  }

  @Test
  void aServerThatIsNotThere_isOneLineNamingIt() throws Exception {
    String nowhere = "jdbc:postgresql://127.0.0.1:" + RealServers.freePort() + "/mfn_history";
    assertThatThrownBy(() -> HistoryStore.open(nowhere, pg.env()))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("cannot be reached")
        .hasMessageContaining("127.0.0.1")
        .hasMessageNotContaining("\n");
  }

  @Test
  void anAppendThatFailsHalfway_leavesNoPartialRun() throws Exception {
    HistoryStore store = HistoryStore.open(url, pg.env());
    store.append(ResultsJson.read(SMOKE_A), "whole");
    // A verdict table that refuses rows makes the append fail after its run and results rows.
    try (Connection c = inSchema();
        Statement s = c.createStatement()) {
      s.execute("ALTER TABLE verdicts ADD CONSTRAINT refuse_all CHECK (target = '') NOT VALID");
    }
    assertThatThrownBy(() -> store.append(ResultsJson.read(SMOKE_A), "partial"))
        .isInstanceOf(HistoryException.class);
    assertThat(count("runs")).isEqualTo(1);
    assertThat(count("results")).isEqualTo(ResultsJson.read(SMOKE_A).benchmarks().size());
  }

  @Test
  void aPasswordInTheUrl_isRefusedBeforeConnecting() {
    assertThatThrownBy(() -> HistoryStore.checkUrl(pg.url() + "?user=mfn&password=secret"))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("MFN_HISTORY_PASSWORD");
  }

  @Test
  void commandLine_appendsARealRun_withTheLoginFromTheEnvironment_andAWrongOneIsExit6()
      throws Exception {
    Path work = java.nio.file.Files.createDirectories(Path.of("target", "it-runs", "postgres"));
    Path output = java.nio.file.Files.createTempDirectory(work, "run");
    org.mfn.core.io.BoundedProcess.Outcome wrong =
        runJar(work, output, Map.of("MFN_HISTORY_USER", pg.user(), "MFN_HISTORY_PASSWORD", "x"));
    assertThat(wrong.exitCode()).as(wrong.output()).isEqualTo(6);
    assertThat(wrong.output()).contains("refused the login").doesNotContain("\tat ");
    try (var files = java.nio.file.Files.list(output)) {
      assertThat(files).as("nothing was run").isEmpty();
    }

    org.mfn.core.io.BoundedProcess.Outcome ran = runJar(work, output, pg.env());
    assertThat(ran.exitCode()).as(ran.output()).isZero();
    assertThat(ran.output()).contains("History: run 1 appended to " + pg.url());
    HistoryRunDetail detail = HistoryStore.open(url, pg.env()).run(1);
    assertThat(detail.results())
        .extracting(HistoryPoint::benchmark)
        .containsExactly("org.mfn.bench.tooling.AbFixtureBenchmark.work");
  }

  private org.mfn.core.io.BoundedProcess.Outcome runJar(
      Path work, Path output, Map<String, String> env) throws Exception {
    Map<String, String> login = new HashMap<>(env);
    login.put("PGPASSWORD", ""); // only the variables under test
    return org.mfn.runner.JarRun.run(
        work,
        login,
        java.time.Duration.ofMinutes(3),
        "--include",
        "AbFixtureBenchmark.work$",
        "--profile",
        "smoke",
        "--output",
        output.toAbsolutePath().toString(),
        "--history-url",
        url);
  }
}
