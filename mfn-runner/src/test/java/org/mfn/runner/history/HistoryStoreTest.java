package org.mfn.runner.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.run.ResultsJson;
import org.mfn.core.run.RunResult;

class HistoryStoreTest {
  private static final Path SMOKE_A = Path.of("src/test/resources/compare/smoke-a.json");
  private static final Path SMOKE_B = Path.of("src/test/resources/compare/smoke-b.json");

  @TempDir Path dir;

  @Test
  void append_thenRead_givesBackEveryBenchmarkMeanAndEveryVerdict() throws Exception {
    RunResult a = ResultsJson.read(SMOKE_A);
    RunResult b = ResultsJson.read(SMOKE_B);
    HistoryStore store = HistoryStore.inDirectory(dir);
    long first = store.append(a, "run-a");
    long second = store.append(b, "run-b");
    assertThat(second).isEqualTo(first + 1);

    assertThat(store.runs(10)).extracting(HistoryRun::id).containsExactly(second, first);
    HistoryRunDetail detail = store.run(first);
    assertThat(detail.run().directory()).isEqualTo("run-a");
    assertThat(detail.results()).hasSize(a.benchmarks().size());
    for (BenchmarkResult r : a.benchmarks()) {
      HistoryPoint p =
          detail.results().stream()
              .filter(x -> x.benchmark().equals(r.benchmark()))
              .filter(x -> x.params().equals(HistoryStore.paramsText(r.params())))
              .findFirst()
              .orElseThrow();
      assertThat(p.mean()).isEqualTo(r.primary().statistics().mean());
      assertThat(p.ciLower()).isEqualTo(r.primary().statistics().ci().lower());
      assertThat(p.unit()).isEqualTo(r.primary().unit());
    }
    assertThat(detail.verdicts()).hasSize(a.targets().size());
    assertThat(detail.verdicts().get(0).verdict()).isEqualTo(a.targets().get(0).verdict().name());

    BenchmarkResult any = a.benchmarks().get(0);
    List<HistoryPoint> series =
        store.series(any.benchmark(), HistoryStore.paramsText(any.params()));
    assertThat(series).extracting(HistoryPoint::runId).containsExactly(first, second);
    assertThat(store.benchmarks()).isNotEmpty();
    assertThat(store.run(999)).isNull();
  }

  @Test
  void open_emptyFile_migratesToTheCurrentSchema() throws Exception {
    Path file = dir.resolve("empty.db");
    Files.createFile(file);
    HistoryStore.open("jdbc:sqlite:" + file);
    assertThat(version(file)).isEqualTo(HistorySchema.CURRENT);
  }

  @Test
  void open_versionOneDatabase_migratesAndKeepsItsRuns() throws Exception {
    Path file = dir.resolve("v1.db");
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE schema_version (version INTEGER NOT NULL)");
      for (String sql : HistorySchema.MIGRATIONS.get(0)) {
        s.execute(HistoryDialect.SQLITE.sql(sql));
      }
      s.execute("INSERT INTO schema_version VALUES (1)");
      s.execute("INSERT INTO runs (id, started, host) VALUES (1, '2026-11-01T00:00:00Z', 'old')");
    }
    HistoryStore store = HistoryStore.open("jdbc:sqlite:" + file);
    assertThat(version(file)).isEqualTo(HistorySchema.CURRENT);
    assertThat(store.runs(5))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.host()).isEqualTo("old");
              assertThat(r.directory()).isNull();
            });
    assertThat(store.append(ResultsJson.read(SMOKE_A), "new")).isEqualTo(2);
  }

  @Test
  void open_fileThatIsNotADatabase_saysSo_andLeavesTheFileAsItWas() throws Exception {
    Path file = dir.resolve(HistoryStore.FILE_NAME);
    byte[] garbage = "this is not an SQLite database, it is a text file ".repeat(100).getBytes();
    Files.write(file, garbage);
    assertThatThrownBy(() -> HistoryStore.inDirectory(dir))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining(file.toAbsolutePath().toString())
        .hasMessageContaining("not an SQLite database")
        .hasMessageContaining("left as it is");
    assertThat(Files.readAllBytes(file)).isEqualTo(garbage);
  }

  @Test
  void append_whileAnotherProcessHoldsTheLock_saysSo_andWritesNothing() throws Exception {
    HistoryStore store = HistoryStore.inDirectory(dir);
    Path file = dir.resolve(HistoryStore.FILE_NAME);
    RunResult a = ResultsJson.read(SMOKE_A);
    try (Connection holder = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = holder.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");
      assertThatThrownBy(() -> store.append(a, "locked"))
          .isInstanceOf(HistoryException.class)
          .hasMessageContaining("locked by another process")
          .hasMessageContaining("nothing was written");
      s.execute("ROLLBACK");
    }
    assertThat(store.runs(5)).isEmpty();
    assertThat(store.append(a, "after")).isEqualTo(1);
  }

  @Test
  void open_schemaFromANewerRunner_isRefusedWithoutChangingIt() throws Exception {
    Path file = dir.resolve("newer.db");
    HistoryStore.open("jdbc:sqlite:" + file);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement()) {
      s.execute("UPDATE schema_version SET version = 99");
    }
    assertThatThrownBy(() -> HistoryStore.open("jdbc:sqlite:" + file))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining(
            "schema version 99, newer than this runner's " + HistorySchema.CURRENT);
    assertThat(version(file)).isEqualTo(99);
  }

  @Test
  void open_urlThatIsNotJdbc_isRefusedNamingIt() {
    assertThatThrownBy(() -> HistoryStore.open("postgres://x"))
        .isInstanceOf(HistoryException.class)
        .hasMessageContaining("postgres://x");
  }

  @Test
  void prune_keepsTheNewestRunsAndTheBaselinesRuns_andDeletesTheRestWhole() throws Exception {
    HistoryStore store = HistoryStore.inDirectory(dir);
    for (int day = 1; day <= 8; day++) {
      store.append(
          HistoryFixtures.run(dir, "2026-11-0" + day + "T12:00:00Z", "c" + day, 1), "run" + day);
    }
    java.time.Instant now = java.time.Instant.parse("2026-11-09T00:00:00Z");
    java.util.Set<String> baseline = java.util.Set.of("2026-11-02T12:00:00Z");
    assertThat(store.prune(3, null, baseline, now, true)).containsExactly(1L, 3L, 4L, 5L);
    assertThat(store.runs(100)).hasSize(8);
    // Three newest, or younger than 4 days (5th to 8th): a run goes when neither keeps it.
    assertThat(store.prune(3, 4, baseline, now, false)).containsExactly(1L, 3L, 4L);
    assertThat(store.runs(100)).extracting(HistoryRun::id).containsExactly(8L, 7L, 6L, 5L, 2L);
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("history.db"));
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "SELECT (SELECT COUNT(*) FROM results WHERE run_id IN (1, 3, 4)),"
                    + " (SELECT COUNT(*) FROM verdicts WHERE run_id IN (1, 3, 4))")) {
      r.next();
      assertThat(r.getInt(1)).isZero();
      assertThat(r.getInt(2)).isZero();
    }
    assertThatThrownBy(() -> store.prune(null, null, baseline, now, false))
        .hasMessageContaining("--keep-runs");
  }

  private static int version(Path file) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      r.next();
      return r.getInt(1);
    }
  }
}
