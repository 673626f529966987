package org.mfn.layers.ifr.ipc;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The socket file of a Unix-domain server: stale files from a crashed server are removed, a live
 * server's file is never taken over, and the file is made owner-only after binding.
 */
final class SocketFiles {
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
    } catch (java.net.ConnectException stale) {
      Files.delete(path); // nobody listens: left behind by a server that did not shut down
    }
  }

  /**
   * Restricts the socket file to its owner (read and write for the owner only), where the file
   * system supports POSIX permissions.
   *
   * @param path the bound socket file
   * @throws IOException if the permissions cannot be set
   */
  static void ownerOnly(Path path) throws IOException {
    if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
    }
  }
}
