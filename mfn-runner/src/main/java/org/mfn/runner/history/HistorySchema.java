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
 * was written by a newer runner and is refused, never downgraded. The statements are the same on
 * SQLite and PostgreSQL but for the placeholder {@code ${DOUBLE}} ({@link HistoryDialect#sql}).
 * Migrations are serialised across processes ({@link HistoryDialect#lockForMigration}), so that
 * several machines opening a new shared database at once migrate it once.
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
                  + " INTEGER, unit TEXT, mean ${DOUBLE}, ci_lower ${DOUBLE}, ci_upper ${DOUBLE},"
                  + " samples INTEGER,"
                  + " PRIMARY KEY (run_id, benchmark, params))",
              "CREATE TABLE verdicts (run_id INTEGER NOT NULL REFERENCES runs(id), target TEXT NOT"
                  + " NULL, layer TEXT, claim TEXT, threshold TEXT, verdict TEXT NOT NULL, measured"
                  + " ${DOUBLE}, unit TEXT, informational INTEGER NOT NULL, PRIMARY KEY (run_id, target))",
              "CREATE INDEX results_by_benchmark ON results (benchmark, params, run_id)"),
          List.of("ALTER TABLE runs ADD COLUMN directory TEXT"),
          // The catalogue's order of a run's verdicts, kept without SQLite's rowid.
          List.of("ALTER TABLE verdicts ADD COLUMN position INTEGER"));

  /** The version this runner writes. */
  static final int CURRENT = MIGRATIONS.size();

  private HistorySchema() {}

  /**
   * Brings a database to {@link #CURRENT}.
   *
   * @param c an open connection
   * @param name the database's name for messages
   * @param dialect the database's dialect
   * @return the version the database was at (0 for a new one)
   * @throws SQLException if a statement fails (the failed migration is rolled back)
   * @throws HistoryException if the database is newer than this runner
   */
  static int migrate(Connection c, String name, HistoryDialect dialect) throws SQLException {
    boolean autoCommit = c.getAutoCommit();
    c.setAutoCommit(false);
    int found = -1;
    try (Statement s = c.createStatement()) {
      while (true) {
        dialect.lockForMigration(c);
        s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        int version = version(s);
        found = found < 0 ? version : found;
        if (version > CURRENT) {
          c.rollback();
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
        if (version == CURRENT) {
          c.commit();
          return found;
        }
        for (String sql : MIGRATIONS.get(version)) {
          s.execute(dialect.sql(sql));
        }
        s.executeUpdate("DELETE FROM schema_version");
        s.executeUpdate("INSERT INTO schema_version (version) VALUES (" + (version + 1) + ")");
        c.commit();
      }
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(autoCommit);
    }
  }

  private static int version(Statement s) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT MAX(version) FROM schema_version")) {
      return r.next() ? r.getInt(1) : 0;
    }
  }
}
