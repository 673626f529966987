package org.mfn.runner.cli;

import java.io.PrintWriter;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * How errors reach the user: {@code mfn: <message>} on stderr, a usage hint for usage errors, the
 * stack trace only with {@code --verbose}, and a documented exit code ({@link ExitCodes}).
 */
final class ErrorHandlers {
  private static final String HINT = "Try 'java -jar mfn-runner.jar --help' for the options.";

  private ErrorHandlers() {}

  /** Bad options and values: exit 2. */
  static IParameterExceptionHandler usage() {
    return (ParameterException e, String[] args) -> {
      PrintWriter err = e.getCommandLine().getErr();
      err.println("mfn: " + e.getMessage());
      err.println(HINT);
      if (isVerbose(args)) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.USAGE;
    };
  }

  /** Failures while running: the exception's own exit code for {@link MfnException}, else 1. */
  static IExecutionExceptionHandler execution() {
    return (Exception e, CommandLine commandLine, ParseResult parseResult) -> {
      PrintWriter err = commandLine.getErr();
      boolean verbose = isVerbose(parseResult);
      int code;
      if (e instanceof MfnException) {
        err.println("mfn: " + e.getMessage());
        code = ((MfnException) e).exitCode();
        if (code == ExitCodes.USAGE) {
          err.println(HINT);
        }
      } else {
        err.println(
            "mfn: unexpected error: " + e + (verbose ? "" : " (run with --verbose for details)"));
        code = ExitCodes.RUNTIME;
      }
      if (verbose) {
        e.printStackTrace(err);
      }
      err.flush();
      return code;
    };
  }

  /** Whether the command that failed, or any command above it, was given {@code --verbose}. */
  private static boolean isVerbose(ParseResult parseResult) {
    for (ParseResult level = parseResult; level != null; level = level.subcommand()) {
      if (level.hasMatchedOption("--verbose")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isVerbose(String[] args) {
    for (String arg : args) {
      if ("--verbose".equals(arg) || "-v".equals(arg)) {
        return true;
      }
    }
    return false;
  }
}
