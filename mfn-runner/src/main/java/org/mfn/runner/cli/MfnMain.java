package org.mfn.runner.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** The entry point of {@code mfn-runner.jar}. */
public final class MfnMain {
  private MfnMain() {}

  /**
   * Runs the command line and exits with its code.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    int code = run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    System.exit(code);
  }

  /**
   * Runs the command line without exiting; for tests and embedding.
   *
   * @param args the arguments
   * @param out standard output
   * @param err standard error
   * @return the exit code
   */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    int code = commandLine(out, err).execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /**
   * Builds the configured command line: writers, case-insensitive enum values, error handlers.
   *
   * @param out standard output
   * @param err standard error
   * @return the command line, not yet executed
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    return new CommandLine(new MfnCommand())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(ErrorHandlers.usage())
        .setExecutionExceptionHandler(ErrorHandlers.execution());
  }
}
