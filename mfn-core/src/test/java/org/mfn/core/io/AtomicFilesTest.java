package org.mfn.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @Test
  void writeString_newFile_hasTheContentAndNoTemporaryFileRemains(@TempDir Path dir)
      throws IOException {
    Path file = dir.resolve("a.json");
    AtomicFiles.writeString(file, "{}");
    assertThat(file).hasContent("{}");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_failingContent_leavesTheOldFileWhole(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("a.json");
    AtomicFiles.writeString(file, "old");

    assertThatThrownBy(
            () ->
                AtomicFiles.write(
                    file,
                    out -> {
                      out.write("partial".getBytes());
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");

    assertThat(file).hasContent("old");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void write_newFile_getsTheUmasksPermissionsNotOwnerOnly(@TempDir Path dir) throws IOException {
    // A file created the ordinary way shows what the umask gives; the atomic write must match it.
    Path ordinary = Files.createFile(dir.resolve("ordinary"));
    Path written = dir.resolve("written.json");
    AtomicFiles.writeString(written, "{}");
    assertThat(Files.getPosixFilePermissions(written))
        .isEqualTo(Files.getPosixFilePermissions(ordinary));
    assertThat(Files.getPosixFilePermissions(written)).contains(PosixFilePermission.OWNER_READ);
  }
}
