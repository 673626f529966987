package org.mfn.layers.baseline;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.function.ToIntFunction;

/**
 * The flow table a traditional controller keeps in a database: one row per flow in an SQLite file
 * over JDBC, keyed by the five-tuple (a {@code WITHOUT ROWID} table whose primary key is the
 * tuple), with the route and the packet and byte counts. A packet is a {@code SELECT} of its flow's
 * route and an {@code UPDATE} of its counts; a new flow is an {@code INSERT}.
 *
 * <p>The database runs in WAL mode with {@code synchronous=NORMAL}, the common production setting
 * (a commit does not wait for the disk; a crash can lose the last commits but not corrupt the
 * file); every statement is its own transaction (autocommit), as a request handler would run it.
 * Statements are prepared once. Not thread-safe (one JDBC connection).
 */
public final class SqliteFlowStore implements AutoCloseable {
  /** Returned by {@link #process} when the flow stays uninstalled. */
  public static final int NO_ROUTE = -1;

  private static final String WHERE =
      " WHERE src_high = ? AND src_low = ? AND dst_high = ? AND dst_low = ?"
          + " AND src_port = ? AND dst_port = ? AND protocol = ? AND version = ?";

  private final Connection connection;
  private final PreparedStatement select;
  private final PreparedStatement count;
  private final PreparedStatement insert;
  private final PreparedStatement delete;
  private final ToIntFunction<FiveTupleKey> missHandler;
  private long hits;
  private long misses;

  /**
   * Opens (creating if needed) a store in a database file.
   *
   * @param file the database file
   * @param missHandler decides the route of a new flow (negative: leave it uninstalled)
   * @throws SQLException if the database cannot be opened or its schema created
   */
  public SqliteFlowStore(Path file, ToIntFunction<FiveTupleKey> missHandler) throws SQLException {
    this.connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
    this.missHandler = missHandler;
    try (Statement s = connection.createStatement()) {
      s.execute("PRAGMA journal_mode=WAL");
      s.execute("PRAGMA synchronous=NORMAL");
      s.execute(
          "CREATE TABLE IF NOT EXISTS flows (src_high INTEGER NOT NULL, src_low INTEGER NOT NULL,"
              + " dst_high INTEGER NOT NULL, dst_low INTEGER NOT NULL, src_port INTEGER NOT NULL,"
              + " dst_port INTEGER NOT NULL, protocol INTEGER NOT NULL, version INTEGER NOT NULL,"
              + " route INTEGER NOT NULL, packets INTEGER NOT NULL, bytes INTEGER NOT NULL,"
              + " last_seen INTEGER NOT NULL, PRIMARY KEY (src_high, src_low, dst_high, dst_low,"
              + " src_port, dst_port, protocol, version)) WITHOUT ROWID");
    }
    select = connection.prepareStatement("SELECT route FROM flows" + WHERE);
    count =
        connection.prepareStatement(
            "UPDATE flows SET packets = packets + 1, bytes = bytes + ?, last_seen = ?" + WHERE);
    insert =
        connection.prepareStatement(
            "INSERT OR REPLACE INTO flows VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    delete = connection.prepareStatement("DELETE FROM flows" + WHERE);
  }

  /**
   * Handles one packet: its flow's route, counted; a new flow goes to the miss handler and is
   * inserted.
   *
   * @param key the flow
   * @param packetBytes the packet's size, 0 or more
   * @param nowNanos the caller's clock
   * @return the route, or {@link #NO_ROUTE}
   * @throws SQLException if a statement fails
   * @throws IllegalArgumentException if the size is negative
   */
  public int process(FiveTupleKey key, int packetBytes, long nowNanos) throws SQLException {
    if (packetBytes < 0) {
      throw new IllegalArgumentException("packet size must be >= 0 bytes: " + packetBytes);
    }
    int route = find(key);
    if (route >= 0) {
      hits++;
      count.setLong(1, packetBytes);
      count.setLong(2, nowNanos);
      bindKey(count, 3, key);
      count.executeUpdate();
      return route;
    }
    misses++;
    route = missHandler.applyAsInt(key);
    if (route < 0) {
      return NO_ROUTE;
    }
    write(key, route, 1, packetBytes, nowNanos);
    return route;
  }

  /**
   * Returns a flow's route without counting.
   *
   * @return the route, or {@link #NO_ROUTE} when the flow is not stored
   * @throws SQLException if the query fails
   */
  public int find(FiveTupleKey key) throws SQLException {
    bindKey(select, 1, key);
    try (ResultSet rows = select.executeQuery()) {
      return rows.next() ? rows.getInt(1) : NO_ROUTE;
    }
  }

  /**
   * Installs flows in one transaction (to fill the table before a measurement).
   *
   * @param keys the flows
   * @param routes their routes, same length, each 0 or more
   * @throws SQLException if the inserts fail (nothing is installed then)
   * @throws IllegalArgumentException if the lengths differ or a route is negative
   */
  public void installAll(FiveTupleKey[] keys, int[] routes) throws SQLException {
    if (keys.length != routes.length) {
      throw new IllegalArgumentException(
          "keys and routes differ in length: " + keys.length + " and " + routes.length);
    }
    connection.setAutoCommit(false);
    try {
      for (int i = 0; i < keys.length; i++) {
        if (routes[i] < 0) {
          throw new IllegalArgumentException("route must be >= 0: " + routes[i]);
        }
        bindRow(keys[i], routes[i], 0, 0, 0);
        insert.addBatch();
      }
      insert.executeBatch();
      connection.commit();
    } catch (SQLException | RuntimeException e) {
      insert.clearBatch();
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(true);
    }
  }

  /**
   * Removes a flow.
   *
   * @return whether it was stored
   * @throws SQLException if the statement fails
   */
  public boolean remove(FiveTupleKey key) throws SQLException {
    bindKey(delete, 1, key);
    return delete.executeUpdate() > 0;
  }

  /**
   * Returns the packets counted for a flow, or -1 when it is not stored.
   *
   * @throws SQLException if the query fails
   */
  public long packetsOf(FiveTupleKey key) throws SQLException {
    try (PreparedStatement q = connection.prepareStatement("SELECT packets FROM flows" + WHERE)) {
      bindKey(q, 1, key);
      try (ResultSet rows = q.executeQuery()) {
        return rows.next() ? rows.getLong(1) : -1;
      }
    }
  }

  /**
   * Returns the number of flows stored.
   *
   * @throws SQLException if the query fails
   */
  public long size() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rows = s.executeQuery("SELECT COUNT(*) FROM flows")) {
      rows.next();
      return rows.getLong(1);
    }
  }

  /** Returns the packets that found their flow. */
  public long hits() {
    return hits;
  }

  /** Returns the packets that did not. */
  public long misses() {
    return misses;
  }

  private void write(FiveTupleKey key, int route, long packets, long bytes, long now)
      throws SQLException {
    bindRow(key, route, packets, bytes, now);
    insert.executeUpdate();
  }

  private void bindRow(FiveTupleKey key, int route, long packets, long bytes, long now)
      throws SQLException {
    bindKey(insert, 1, key);
    insert.setInt(9, route);
    insert.setLong(10, packets);
    insert.setLong(11, bytes);
    insert.setLong(12, now);
  }

  private static void bindKey(PreparedStatement s, int first, FiveTupleKey k) throws SQLException {
    s.setLong(first, k.srcHigh());
    s.setLong(first + 1, k.srcLow());
    s.setLong(first + 2, k.dstHigh());
    s.setLong(first + 3, k.dstLow());
    s.setInt(first + 4, k.srcPort());
    s.setInt(first + 5, k.dstPort());
    s.setInt(first + 6, k.protocol());
    s.setInt(first + 7, k.version());
  }

  /** Closes the connection; the file stays. */
  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
