/**
 * The history of runs ({@link org.mfn.runner.history.HistoryStore}): every run's environment, every
 * benchmark's statistics and every verdict in a database over JDBC, an SQLite file ({@code
 * OUTPUT/history.db}) by default; versioned schema with migrations ({@code HistorySchema}). Times
 * are ISO-8601 strings; values are in the units stored beside them. Thread-safe: every call uses
 * its own connection.
 */
package org.mfn.runner.history;
