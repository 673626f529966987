package org.mfn.runner.compare;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.mfn.core.io.AtomicFiles;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;

/**
 * Named baselines under {@code OUTPUT/baselines/NAME.json}, so that users need not manage baseline
 * files by hand. Names are letters, digits, {@code .}, {@code _} and {@code -}.
 */
public final class BaselineStore {
  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private final Path directory;

  /**
   * Creates the store.
   *
   * @param output the output directory
   */
  public BaselineStore(Path output) {
    this.directory = output.resolve("baselines");
  }

  /**
   * Returns the file of a named baseline, checking the name.
   *
   * @param name the name
   * @return its path (which may not exist)
   * @throws MfnException (exit 2) for a name with other characters
   */
  public Path fileOf(String name) {
    if (!NAME.matcher(name).matches() || name.startsWith(".")) {
      throw new MfnException(
          ExitCodes.USAGE,
          "a baseline name is 1 to 64 letters, digits, '.', '_' or '-', not starting with '.': '"
              + name
              + "'");
    }
    return directory.resolve(name + ".json");
  }

  /**
   * Saves a results file as a named baseline, atomically.
   *
   * @param name the name
   * @param results the run's results.json
   * @return the baseline file
   * @throws MfnException (exit 1) if it cannot be written
   */
  public Path save(String name, Path results) {
    Path target = fileOf(name);
    try {
      Files.createDirectories(directory);
      byte[] content = Files.readAllBytes(results);
      AtomicFiles.write(target, out -> out.write(content));
      return target;
    } catch (IOException e) {
      throw new MfnException(
          ExitCodes.RUNTIME,
          "cannot save baseline '" + name + "' to " + target + ": " + e.getMessage(),
          e);
    }
  }
}
