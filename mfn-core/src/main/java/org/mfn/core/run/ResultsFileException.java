package org.mfn.core.run;

/** A results or catalogue file that cannot be used; the message names the file and the problem. */
public final class ResultsFileException extends RuntimeException {
  /**
   * Creates the exception.
   *
   * @param message what is wrong, for the user
   */
  public ResultsFileException(String message) {
    super(message);
  }
}
