package org.mfn.runner.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mfn.core.io.HostName;
import org.mfn.core.result.BenchmarkResult;
import org.mfn.core.result.EnvironmentInfo;
import org.mfn.core.run.RunResult;
import org.mfn.core.stats.Statistics;
import org.mfn.core.target.TargetVerdict;

/**
 * The history of runs: every run's environment, every benchmark's statistics and every verdict,
 * appended to a database over JDBC: an SQLite file by default ({@code OUTPUT/history.db}, created
 * on first use), or a team's PostgreSQL database shared by many machines ({@code
 * jdbc:postgresql://HOST:PORT/DATABASE}, user and password from the environment: {@link
 * HistoryDialect}). The schema is the same on both, versioned and migrated on open ({@link
 * HistorySchema}).
 *
 * <p>A run is appended in one transaction: it is all there or not at all, and concurrent appends
 * from several processes are serialised, so each gets its own id and none is lost. A database that
 * is not one, cannot be reached, refuses the login, is locked for longer than {@link
 * #BUSY_TIMEOUT_MS} ms, or was written by a newer runner gives a {@link HistoryException} naming it
 * in one line, and the database is left as it was. Each call opens its own connection, so one store
 * serves the dashboard's request threads.
 */
public final class HistoryStore {
  /** The default file name in an output directory. */
  public static final String FILE_NAME = "history.db";

  /** How long a statement waits for another process's lock, milliseconds. */
  static final int BUSY_TIMEOUT_MS = 3_000;

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String url;
  private final String name;
  private final HistoryDialect dialect;
  private final Map<String, String> env;

  private HistoryStore(String url, HistoryDialect dialect, Map<String, String> env) {
    this.url = url;
    this.name = displayName(url);
    this.dialect = dialect;
    this.env = Map.copyOf(env);
  }

  /**
   * Opens (and creates or migrates) the default store of an output directory.
   *
   * @param outputDirectory the runs' output directory
   * @return the store
   * @throws HistoryException if the database cannot be used
   */
  public static HistoryStore inDirectory(Path outputDirectory) {
    Path file = outputDirectory.resolve(FILE_NAME).toAbsolutePath();
    try {
      Files.createDirectories(outputDirectory);
    } catch (java.io.IOException e) {
      throw new HistoryException(
          "cannot create " + outputDirectory + " for the history database: " + e.getMessage(), e);
    }
    return open("jdbc:sqlite:" + file);
  }

  /**
   * Checks that a URL names a database the history can use, without connecting.
   *
   * @param url the JDBC URL
   * @throws HistoryException if it is neither SQLite's nor PostgreSQL's, or carries a password
   */
  public static void checkUrl(String url) {
    HistoryDialect.of(url);
  }

  /**
   * Opens (and creates or migrates) a store at a JDBC URL, with PostgreSQL's user and password from
   * this process's environment.
   *
   * @param url {@code jdbc:sqlite:/path/history.db} or {@code jdbc:postgresql://HOST:PORT/DATABASE}
   * @return the store
   * @throws HistoryException if the URL is neither, carries a password, or the database cannot be
   *     used
   */
  public static HistoryStore open(String url) {
    return open(url, System.getenv());
  }

  /**
   * Opens (and creates or migrates) a store at a JDBC URL.
   *
   * @param url {@code jdbc:sqlite:/path/history.db} or {@code jdbc:postgresql://HOST:PORT/DATABASE}
   * @param env where PostgreSQL's user and password are read ({@code MFN_HISTORY_USER}, {@code
   *     MFN_HISTORY_PASSWORD}, else {@code PGUSER}, {@code PGPASSWORD})
   * @return the store
   * @throws HistoryException if the URL is neither, carries a password, or the database cannot be
   *     used
   */
  public static HistoryStore open(String url, Map<String, String> env) {
    HistoryStore store = new HistoryStore(url, HistoryDialect.of(url), env);
    store.withConnection(c -> HistorySchema.migrate(c, store.name, store.dialect));
    return store;
  }

  private static String displayName(String url) {
    int q = url.indexOf('?');
    return q < 0 ? url : url.substring(0, q);
  }

  /** Returns the database's name as messages show it (the URL without its options). */
  public String name() {
    return name;
  }

  /**
   * Appends a run.
   *
   * @param result the run's results
   * @param directory the run directory's name (for links), or null
   * @return the new run's id
   * @throws HistoryException if the database cannot be written (nothing of the run is kept)
   */
  public long append(RunResult result, String directory) {
    return withConnection(
        c -> {
          c.setAutoCommit(false);
          try {
            dialect.lockForAppend(c);
            long id = insertRun(c, result, directory);
            insertResults(c, id, result.benchmarks());
            insertVerdicts(c, id, result.targets());
            c.commit();
            return id;
          } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          }
        });
  }

  private static long insertRun(Connection c, RunResult result, String directory)
      throws SQLException {
    long id;
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM runs")) {
      r.next();
      id = r.getLong(1);
    }
    EnvironmentInfo e = result.environment();
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO runs (id, started, ended, host, git_commit, profile, jdk, cpu, cores,"
                + " mfn_version, directory) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      p.setLong(1, id);
      p.setString(
          2,
          e == null || e.startTime() == null ? java.time.Instant.now().toString() : e.startTime());
      p.setString(3, e == null ? null : e.endTime());
      p.setString(4, HostName.get());
      p.setString(5, e == null ? null : e.gitCommit());
      p.setString(6, result.settings() == null ? null : result.settings().profile());
      p.setString(7, e == null ? null : e.jdkVersion());
      p.setString(8, e == null ? null : e.cpuModel());
      p.setInt(9, e == null ? 0 : e.cores());
      p.setString(10, e == null ? null : e.mfnVersion());
      p.setString(11, directory);
      p.executeUpdate();
    }
    return id;
  }

  private static void insertResults(Connection c, long id, List<BenchmarkResult> results)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO results (run_id, benchmark, params, layer, role, mode, threads, unit,"
                + " mean, ci_lower, ci_upper, samples) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                + " ON CONFLICT (run_id, benchmark, params) DO UPDATE SET layer = excluded.layer,"
                + " role = excluded.role, mode = excluded.mode, threads = excluded.threads,"
                + " unit = excluded.unit, mean = excluded.mean, ci_lower = excluded.ci_lower,"
                + " ci_upper = excluded.ci_upper, samples = excluded.samples")) {
      for (BenchmarkResult b : results) {
        Statistics s = b.primary().statistics();
        p.setLong(1, id);
        p.setString(2, b.benchmark());
        p.setString(3, paramsText(b.params()));
        p.setString(4, b.layer() == null ? null : b.layer().name());
        p.setString(5, b.role() == null ? null : b.role().name());
        p.setString(6, b.mode());
        p.setInt(7, b.threads());
        p.setString(8, b.primary().unit());
        setDouble(p, 9, s == null ? null : s.mean());
        setDouble(p, 10, s == null || s.ci() == null ? null : s.ci().lower());
        setDouble(p, 11, s == null || s.ci() == null ? null : s.ci().upper());
        p.setInt(12, s == null ? 0 : s.n());
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  private static void insertVerdicts(Connection c, long id, List<TargetVerdict> verdicts)
      throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement(
            "INSERT INTO verdicts (run_id, target, layer, claim, threshold, verdict, measured,"
                + " unit, informational, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int position = 0;
      for (TargetVerdict t : verdicts) {
        p.setLong(1, id);
        p.setString(2, t.id());
        p.setString(3, t.layer() == null ? null : t.layer().name());
        p.setString(4, t.claim());
        p.setString(5, t.threshold());
        p.setString(6, t.verdict().name());
        setDouble(p, 7, t.measured());
        p.setString(8, t.unit());
        p.setInt(9, t.judged() ? 0 : 1);
        p.setInt(10, position++);
        p.addBatch();
      }
      p.executeBatch();
    }
  }

  /**
   * Lists the runs, newest first.
   *
   * @param limit most runs returned, at least 1
   * @return the runs
   */
  public List<HistoryRun> runs(int limit) {
    return withConnection(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT r.id, r.started, r.ended, r.host, r.git_commit, r.profile, r.jdk,"
                      + " r.cpu, r.cores, r.directory, (SELECT COUNT(*) FROM results x WHERE"
                      + " x.run_id = r.id), (SELECT COUNT(*) FROM verdicts v WHERE v.run_id = r.id"
                      + " AND v.verdict = 'FAIL' AND v.informational = 0) FROM runs r ORDER BY"
                      + " r.id DESC LIMIT ?")) {
            p.setInt(1, Math.max(1, limit));
            List<HistoryRun> runs = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                runs.add(
                    new HistoryRun(
                        r.getLong(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        r.getInt(9),
                        r.getString(10),
                        r.getInt(11),
                        r.getInt(12)));
              }
            }
            return runs;
          }
        });
  }

  /**
   * Returns one run's results and verdicts.
   *
   * @param id the run's id
   * @return the run, or null when there is none with that id
   */
  public HistoryRunDetail run(long id) {
    return withConnection(
        c -> {
          HistoryRun run =
              runs(Integer.MAX_VALUE).stream().filter(r -> r.id() == id).findFirst().orElse(null);
          if (run == null) {
            return null;
          }
          List<HistoryPoint> results = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT benchmark, params, unit, mean, ci_lower, ci_upper, samples, role FROM"
                      + " results WHERE run_id = ? ORDER BY benchmark, params")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                results.add(point(r, id, run.started(), run.gitCommit()));
              }
            }
          }
          List<HistoryVerdict> verdicts = new ArrayList<>();
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT target, layer, claim, threshold, verdict, measured, unit, informational"
                      + " FROM verdicts WHERE run_id = ? ORDER BY position, target")) {
            p.setLong(1, id);
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                verdicts.add(
                    new HistoryVerdict(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        nullableDouble(r, 6),
                        r.getString(7),
                        r.getInt(8) != 0));
              }
            }
          }
          return new HistoryRunDetail(run, results, verdicts);
        });
  }

  /**
   * Returns a benchmark's mean over the runs, oldest first.
   *
   * @param benchmark the benchmark's full name
   * @param params its parameters as {@link #paramsText} writes them ({@code {}} for none)
   * @return one point per run that measured it
   */
  public List<HistoryPoint> series(String benchmark, String params) {
    return withConnection(
        c -> {
          try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT x.benchmark, x.params, x.unit, x.mean, x.ci_lower, x.ci_upper,"
                      + " x.samples, x.role, x.run_id, r.started, r.git_commit FROM results x JOIN"
                      + " runs r ON"
                      + " r.id = x.run_id WHERE x.benchmark = ? AND x.params = ? ORDER BY"
                      + " x.run_id")) {
            p.setString(1, benchmark);
            p.setString(2, params);
            List<HistoryPoint> points = new ArrayList<>();
            try (ResultSet r = p.executeQuery()) {
              while (r.next()) {
                points.add(point(r, r.getLong(9), r.getString(10), r.getString(11)));
              }
            }
            return points;
          }
        });
  }

  /** Lists every benchmark and parameter set in the history, with how many runs measured it. */
  public List<Map<String, Object>> benchmarks() {
    return withConnection(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet r =
                  s.executeQuery(
                      "SELECT benchmark, params, COUNT(*) FROM results GROUP BY benchmark, params"
                          + " ORDER BY benchmark, params")) {
            List<Map<String, Object>> list = new ArrayList<>();
            while (r.next()) {
              Map<String, Object> row = new TreeMap<>();
              row.put("benchmark", r.getString(1));
              row.put("params", r.getString(2));
              row.put("runs", r.getInt(3));
              list.add(row);
            }
            return list;
          }
        });
  }

  /**
   * Deletes old runs, in one transaction: a run goes only when every rule given lets it go (it is
   * neither among the newest {@code keepRuns} nor younger than {@code keepDays}) and no named
   * baseline refers to it.
   *
   * @param keepRuns how many of the newest runs to keep, or null for no such rule
   * @param keepDays keep the runs that started within this many days of {@code now}, or null
   * @param protectedStarts the start times (ISO-8601, as the runs record them) of the runs that
   *     named baselines were saved from: never deleted
   * @param now the time the age is measured from
   * @param dryRun whether to only report what would go
   * @return the ids of the runs deleted (or that would be), oldest first
   * @throws IllegalArgumentException if neither rule is given, or one is negative
   */
  public List<Long> prune(
      Integer keepRuns,
      Integer keepDays,
      java.util.Set<String> protectedStarts,
      java.time.Instant now,
      boolean dryRun) {
    if (keepRuns == null && keepDays == null) {
      throw new IllegalArgumentException("give how much to keep: --keep-runs N or --keep-days D");
    }
    if ((keepRuns != null && keepRuns < 0) || (keepDays != null && keepDays < 0)) {
      throw new IllegalArgumentException(
          "what to keep must not be negative: runs " + keepRuns + ", days " + keepDays);
    }
    List<HistoryRun> newestFirst = runs(Integer.MAX_VALUE);
    java.time.Instant cutoff =
        keepDays == null ? null : now.minus(java.time.Duration.ofDays(keepDays));
    List<Long> doomed = new ArrayList<>();
    for (int i = newestFirst.size() - 1; i >= 0; i--) {
      HistoryRun run = newestFirst.get(i);
      boolean keptByCount = keepRuns != null && i < keepRuns;
      boolean keptByAge = cutoff != null && !startedBefore(run.started(), cutoff);
      if (!keptByCount && !keptByAge && !protectedStarts.contains(run.started())) {
        doomed.add(run.id());
      }
    }
    if (dryRun || doomed.isEmpty()) {
      return doomed;
    }
    return withConnection(
        c -> {
          c.setAutoCommit(false);
          try {
            dialect.lockForAppend(c);
            for (String table : List.of("verdicts", "results")) {
              try (PreparedStatement p =
                  c.prepareStatement("DELETE FROM " + table + " WHERE run_id = ?")) {
                for (long id : doomed) {
                  p.setLong(1, id);
                  p.addBatch();
                }
                p.executeBatch();
              }
            }
            try (PreparedStatement p = c.prepareStatement("DELETE FROM runs WHERE id = ?")) {
              for (long id : doomed) {
                p.setLong(1, id);
                p.addBatch();
              }
              p.executeBatch();
            }
            c.commit();
            return doomed;
          } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
          }
        });
  }

  private static boolean startedBefore(String started, java.time.Instant cutoff) {
    try {
      return java.time.Instant.parse(started).isBefore(cutoff);
    } catch (java.time.format.DateTimeParseException e) {
      return false; // an unreadable time is kept, not guessed old
    }
  }

  private static HistoryPoint point(ResultSet r, long runId, String started, String commit)
      throws SQLException {
    return new HistoryPoint(
        runId,
        started,
        r.getString(1),
        r.getString(2),
        r.getString(3),
        nullableDouble(r, 4),
        nullableDouble(r, 5),
        nullableDouble(r, 6),
        r.getInt(7),
        r.getString(8),
        commit);
  }

  /** The parameters as stored: a JSON object with sorted keys, {@code {}} for none. */
  public static String paramsText(Map<String, String> params) {
    try {
      return JSON.writeValueAsString(new TreeMap<>(params == null ? Map.of() : params));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Double nullableDouble(ResultSet r, int column) throws SQLException {
    double v = r.getDouble(column);
    return r.wasNull() ? null : v;
  }

  private static void setDouble(PreparedStatement p, int index, Double value) throws SQLException {
    if (value == null || !Double.isFinite(value)) {
      p.setNull(index, java.sql.Types.DOUBLE);
    } else {
      p.setDouble(index, value);
    }
  }

  /** Work on one connection. */
  @FunctionalInterface
  private interface Work<T> {
    T apply(Connection c) throws SQLException;
  }

  private <T> T withConnection(Work<T> work) {
    try (Connection c = dialect.connect(url, env)) {
      return work.apply(c);
    } catch (SQLException e) {
      throw new HistoryException(dialect.explain(e, name), e);
    }
  }
}
