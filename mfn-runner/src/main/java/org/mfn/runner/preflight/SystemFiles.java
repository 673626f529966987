package org.mfn.runner.preflight;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads {@code /proc} and {@code /sys} under a root ({@code /} on a real machine, a directory of
 * fixtures in the tests). A file that is absent or unreadable reads as null: the kernels and VMs
 * the suite runs on expose different subsets.
 */
final class SystemFiles {
  private final Path root;

  SystemFiles(Path root) {
    this.root = root;
  }

  /** The file's text without its trailing newline, or null. */
  String read(String path) {
    Path file = resolve(path);
    try {
      return Files.readString(file, StandardCharsets.US_ASCII).strip();
    } catch (IOException | SecurityException | java.io.UncheckedIOException e) {
      return null;
    }
  }

  /** The entries of a directory whose names start with a prefix, sorted; empty when absent. */
  List<String> list(String directory, String prefix) {
    Path dir = resolve(directory);
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      List<String> names = new ArrayList<>();
      entries
          .map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(prefix))
          .sorted()
          .forEach(names::add);
      return names;
    } catch (IOException | SecurityException e) {
      return List.of();
    }
  }

  private Path resolve(String path) {
    return root.resolve(path.startsWith("/") ? path.substring(1) : path);
  }
}
