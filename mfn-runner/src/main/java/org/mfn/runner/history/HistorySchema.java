package org.mfn.runner.history;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The history database's schema and its migrations. Version {@code n} is reached by applying {@link
 * #MIGRATIONS}{@code [0..n-1]} in order, each in one transaction with the version update, so that a
 * database is always at exactly one version. A database at a version newer than {@link #CURRENT}
 * was written by a newer runner and is refused, never downgraded.
 */
final class HistorySchema {
  /** The statements that bring version {@code i} to {@code i + 1}. */
  static final List<List<String>> MIGRATIONS =
      List.of(
          List.of(
              "CREATE TABLE runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, ended TEXT,"
                  + " host TEXT, git_commit TEXT, profile TEXT, jdk TEXT, cpu TEXT, cores INTEGER,"
                  + " mfn_version TEXT)",
              "CREATE TABLE results (run_id INTEGER NOT NULL REFERENCES runs(id), benchmark TEXT"
                  + " NOT NULL, params TEXT NOT NULL, layer TEXT, role TEXT, mode TEXT, threads"
                  + " INTEGER, unit TEXT, mean REAL, ci_lower REAL, ci_upper REAL, samples INTEGER,"
                  + " PRIMARY KEY (run_id, benchmark, params))",
              "CREATE TABLE verdicts (run_id INTEGER NOT NULL REFERENCES runs(id), target TEXT NOT"
                  + " NULL, layer TEXT, claim TEXT, threshold TEXT, verdict TEXT NOT NULL, measured"
                  + " REAL, unit TEXT, informational INTEGER NOT NULL, PRIMARY KEY (run_id, target))",
              "CREATE INDEX results_by_benchmark ON results (benchmark, params, run_id)"),
          List.of("ALTER TABLE runs ADD COLUMN directory TEXT"));

  /** The version this runner writes. */
  static final int CURRENT = MIGRATIONS.size();

  private HistorySchema() {}

  /**
   * Brings a database to {@link #CURRENT}.
   *
   * @param c an open connection
   * @param name the database's name for messages
   * @return the version the database was at (0 for a new one)
   * @throws SQLException if a statement fails (the failed migration is rolled back)
   * @throws HistoryException if the database is newer than this runner
   */
  static int migrate(Connection c, String name) throws SQLException {
    int version = version(c);
    if (version > CURRENT) {
      throw new HistoryException(
          "history database "
              + name
              + " has schema version "
              + version
              + ", newer than this runner's "
              + CURRENT
              + ": use a newer runner, or another --history-url",
          null);
    }
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (int v = version; v < CURRENT; v++) {
        for (String sql : MIGRATIONS.get(v)) {
          s.execute(sql);
        }
        s.executeUpdate("DELETE FROM schema_version");
        s.executeUpdate("INSERT INTO schema_version (version) VALUES (" + (v + 1) + ")");
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
    return version;
  }

  private static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
      try (ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
        return r.next() ? r.getInt(1) : 0;
      }
    }
  }
}
