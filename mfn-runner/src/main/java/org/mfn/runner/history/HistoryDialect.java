package org.mfn.runner.history;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * What differs between the history's two databases: an SQLite file (one machine, the default) and
 * PostgreSQL (a team's shared history). The schema and its migrations are the same; only a column
 * type, how a connection is opened and how concurrent writers are serialised differ.
 */
enum HistoryDialect {
  /** An SQLite file: writers take the database's write lock when their transaction begins. */
  SQLITE("jdbc:sqlite:", "REAL"),
  /**
   * PostgreSQL: user and password from the environment ({@link #USER_VARIABLE}, {@link
   * #PASSWORD_VARIABLE}, else libpq's {@code PGUSER}/{@code PGPASSWORD}); migrations hold an
   * advisory lock and appends an exclusive lock on {@code runs}, so that runs from many machines
   * get distinct ids and never interleave.
   */
  POSTGRESQL("jdbc:postgresql:", "DOUBLE PRECISION");

  /** The environment variable that names the PostgreSQL user. */
  static final String USER_VARIABLE = "MFN_HISTORY_USER";

  /** The environment variable that holds the PostgreSQL password. */
  static final String PASSWORD_VARIABLE = "MFN_HISTORY_PASSWORD";

  /** The advisory lock key migrations hold on PostgreSQL ("MFN" in ASCII). */
  private static final long MIGRATION_LOCK = 0x4D464EL;

  private final String prefix;
  private final String doubleType;

  HistoryDialect(String prefix, String doubleType) {
    this.prefix = prefix;
    this.doubleType = doubleType;
  }

  /**
   * Finds the dialect of a JDBC URL.
   *
   * @param url the URL
   * @return the dialect
   * @throws HistoryException if the URL is neither SQLite's nor PostgreSQL's, or carries a password
   */
  static HistoryDialect of(String url) {
    if (url == null || !url.startsWith("jdbc:")) {
      throw new HistoryException(
          "a history URL starts with jdbc: (jdbc:sqlite:FILE or"
              + " jdbc:postgresql://HOST:PORT/DATABASE): "
              + url,
          null);
    }
    for (HistoryDialect d : values()) {
      if (url.startsWith(d.prefix)) {
        if (d == POSTGRESQL && url.toLowerCase(Locale.ROOT).matches(".*[?&]password=.*")) {
          throw new HistoryException(
              "the history URL carries a password in clear; put it in "
                  + PASSWORD_VARIABLE
                  + " (and the user in "
                  + USER_VARIABLE
                  + ") instead",
              null);
        }
        return d;
      }
    }
    throw new HistoryException(
        "the history database is SQLite (jdbc:sqlite:FILE) or PostgreSQL"
            + " (jdbc:postgresql://HOST:PORT/DATABASE), not "
            + url.substring(0, Math.min(url.length(), url.indexOf(':', 5) + 1)),
        null);
  }

  /** Returns a migration statement with this database's types in place of the placeholders. */
  String sql(String statement) {
    return statement.replace("${DOUBLE}", doubleType);
  }

  /**
   * Opens a connection.
   *
   * @param url the JDBC URL
   * @param env the environment to take PostgreSQL's user and password from
   * @return the connection, in auto-commit mode
   * @throws SQLException if the database refuses it
   */
  Connection connect(String url, Map<String, String> env) throws SQLException {
    Properties properties = new Properties();
    if (this == SQLITE) {
      // A writer takes the write lock when its transaction begins, not at its first write, so two
      // appenders queue on busy_timeout instead of one failing at the lock upgrade.
      properties.setProperty("transaction_mode", "IMMEDIATE");
      Connection c = DriverManager.getConnection(url, properties);
      try (Statement s = c.createStatement()) {
        s.execute("PRAGMA busy_timeout = " + HistoryStore.BUSY_TIMEOUT_MS);
        s.execute("PRAGMA foreign_keys = ON");
      }
      return c;
    }
    String user = firstSet(env, USER_VARIABLE, "PGUSER");
    String password = firstSet(env, PASSWORD_VARIABLE, "PGPASSWORD");
    if (user != null) {
      properties.setProperty("user", user);
    }
    if (password != null) {
      properties.setProperty("password", password);
    }
    properties.setProperty("connectTimeout", "10");
    properties.setProperty("ApplicationName", "mfn-bench");
    return DriverManager.getConnection(url, properties);
  }

  /** Serialises migrations: called first in the migration's transaction. */
  void lockForMigration(Connection c) throws SQLException {
    if (this == POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
      }
    }
  }

  /** Serialises appends: called first in an append's transaction, before the next id is read. */
  void lockForAppend(Connection c) throws SQLException {
    if (this == POSTGRESQL) {
      try (Statement s = c.createStatement()) {
        s.execute("LOCK TABLE runs IN EXCLUSIVE MODE");
      }
    }
  }

  /**
   * Explains a failure in one line.
   *
   * @param e what the driver threw
   * @param name the database as messages show it
   * @return the message
   */
  String explain(SQLException e, String name) {
    String message = firstLine(e.getMessage());
    String m = message.toLowerCase(Locale.ROOT);
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (m.contains("no suitable driver")) {
      return "no JDBC driver for history URL " + name;
    }
    if (this == SQLITE) {
      if (m.contains("not a database") || m.contains("malformed") || m.contains("corrupt")) {
        return "history database "
            + name
            + " is not an SQLite database or is damaged; it was left as it is (move it away to"
            + " start a new history): "
            + message;
      }
      if (m.contains("locked") || m.contains("busy")) {
        return "history database "
            + name
            + " is locked by another process (waited "
            + HistoryStore.BUSY_TIMEOUT_MS
            + " ms); nothing was written: "
            + message;
      }
      return "history database " + name + ": " + message;
    }
    if (state.startsWith("08")) {
      return "history database "
          + name
          + " cannot be reached (is PostgreSQL running and accepting TCP connections there?): "
          + message;
    }
    if (state.startsWith("28")) {
      return "history database "
          + name
          + " refused the login; set "
          + USER_VARIABLE
          + " and "
          + PASSWORD_VARIABLE
          + ": "
          + message;
    }
    return "history database " + name + ": " + message;
  }

  private static String firstSet(Map<String, String> env, String... names) {
    for (String n : names) {
      String v = env.get(n);
      if (v != null && !v.isEmpty()) {
        return v;
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    String m = String.valueOf(message).strip();
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl).strip();
  }
}
