package org.mfn.runner.history;

/**
 * A history database that cannot be used: missing driver, not a database, locked, written by a
 * newer runner, or a statement that failed. The message names the database and says what to do; the
 * database file is never changed or removed because of it.
 */
public final class HistoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what went wrong, naming the database
   * @param cause the underlying error, or null
   */
  public HistoryException(String message, Throwable cause) {
    super(message, cause);
  }
}
