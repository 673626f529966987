package org.mfn.layers.ifr.ipc;

import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The socket file of a Unix-domain server: stale files from a crashed server are removed, a live
 * server's file is never taken over, missing parent directories are created owner-only, and the
 * socket is bound in a private directory, made owner-only there and only then linked to its path,
 * so that no other user can connect at any moment, whatever the process's umask.
 */
final class SocketFiles {
  private static final Set<PosixFilePermission> OWNER_ONLY_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");

  private SocketFiles() {}

  /**
   * Makes {@code path} free for binding.
   *
   * @param path the socket path
   * @throws IOException if a live server answers there, or the path is something other than a
   *     socket file
   */
  static void clearStale(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    if (Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)
        || Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)
        || Files.isSymbolicLink(path)) {
      throw new IOException(path + " exists and is not a socket; refusing to replace it");
    }
    try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      probe.connect(UnixDomainSocketAddress.of(path));
      throw new IOException("a server is already listening on " + path);
    } catch (ConnectException stale) {
      Files.delete(path); // nobody listens: left behind by a server that did not shut down
    }
  }

  /**
   * Binds {@code channel} to {@code path} without a moment in which the socket file is open to
   * others: it is bound as {@code s} inside a new directory of mode 0700 beside {@code path}, set
   * to 0600, hard-linked to {@code path} (which fails if something appeared there meanwhile, rather
   * than replacing it), and the private name and directory are removed.
   *
   * @param channel an unbound Unix-domain server channel
   * @param path the socket path, free (see {@link #clearStale})
   * @throws IOException if binding or linking fails
   */
  static void bindOwnerOnly(ServerSocketChannel channel, Path path) throws IOException {
    Path privateDir = createPrivateDirectoryBeside(path);
    Path bound = privateDir.resolve("s");
    try {
      channel.bind(UnixDomainSocketAddress.of(bound));
      ownerOnly(bound);
      Files.createLink(path, bound);
    } catch (FileAlreadyExistsException e) {
      throw new IOException(
          path + " appeared while the server was binding; refusing to replace it");
    } finally {
      Files.deleteIfExists(bound);
      Files.deleteIfExists(privateDir);
    }
  }

  /**
   * Creates {@code dir} and its missing parents with mode 0700 (directories that exist are left as
   * they are).
   *
   * @param dir the directory
   * @throws IOException if one cannot be created
   */
  static void createOwnerOnlyDirectories(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Path parent = dir.getParent();
    if (parent != null) {
      createOwnerOnlyDirectories(parent);
    }
    if (posix(parent == null ? dir.getRoot() : parent)) {
      Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
      Files.setPosixFilePermissions(dir, OWNER_ONLY_DIRECTORY); // the umask may have removed bits
    } else {
      Files.createDirectory(dir);
    }
  }

  /** A new empty directory of mode 0700 with a short random name beside {@code path}. */
  private static Path createPrivateDirectoryBeside(Path path) throws IOException {
    Path parent = path.getParent();
    for (int attempt = 0; ; attempt++) {
      Path candidate =
          parent.resolve(".ifr" + Integer.toHexString(ThreadLocalRandom.current().nextInt()));
      try {
        if (posix(parent)) {
          return Files.createDirectory(
              candidate, PosixFilePermissions.asFileAttribute(OWNER_ONLY_DIRECTORY));
        }
        return Files.createDirectory(candidate);
      } catch (FileAlreadyExistsException taken) {
        if (attempt == 100) {
          throw taken;
        }
      }
    }
  }

  private static boolean posix(Path path) throws IOException {
    return Files.getFileStore(path).supportsFileAttributeView("posix");
  }

  /**
   * Restricts the socket file to its owner (read and write for the owner only), where the file
   * system supports POSIX permissions.
   *
   * @param path the bound socket file
   * @throws IOException if the permissions cannot be set
   */
  static void ownerOnly(Path path) throws IOException {
    if (posix(path)) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
