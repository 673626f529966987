package org.mfn.runner.run;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.mfn.runner.ExitCodes;
import org.mfn.runner.MfnException;

/**
 * The machine-wide lock a benchmark run holds from its first benchmark to its last report, so that
 * two runs on one machine take turns instead of measuring each other or failing on JMH's own lock.
 *
 * <p>JMH locks {@code java.io.tmpdir/jmh.lock} for each of its runs, and the runner starts one JMH
 * run per parameter set, so between parameter sets JMH's lock is free and a second run could take
 * it and make the first fail. This lock ({@value #FILE_NAME} in the same directory) spans the whole
 * run; a second run waits for it, says so, and gives up after its timeout. An operating-system file
 * lock: released when the process ends, even if it is killed.
 */
public final class RunLock implements AutoCloseable {
  /** The lock file's name, in {@code java.io.tmpdir}. */
  public static final String FILE_NAME = "mfn-bench.lock";

  private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock, waiting for another run to release it.
   *
   * @param directory where the lock file lives ({@code java.io.tmpdir})
   * @param timeout how long to wait
   * @param out where the waiting is announced
   * @return the held lock
   * @throws MfnException (exit 1) if the lock file cannot be opened or the wait times out
   */
  public static RunLock acquire(Path directory, Duration timeout, PrintWriter out) {
    Path file = directory.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new MfnException(ExitCodes.RUNTIME, "cannot open the run lock " + file + ": " + e);
    }
    try {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        out.println(
            "Waiting for another MFN Bench run on this machine to finish (it holds "
                + file
                + "); giving up after "
                + timeout.toMinutes()
                + " min (--lock-timeout)");
        out.flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (lock == null) {
          if (System.nanoTime() - deadline > 0) {
            throw new MfnException(
                ExitCodes.RUNTIME,
                "another MFN Bench run still held "
                    + file
                    + " after "
                    + timeout.toMinutes()
                    + " min (--lock-timeout); nothing was run");
          }
          LockSupport.parkNanos(POLL_NANOS);
          lock = channel.tryLock();
        }
        out.println("The other run finished; starting.");
        out.flush();
      }
      return new RunLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new MfnException(ExitCodes.RUNTIME, "cannot lock " + file + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeQuietly(channel);
      throw e;
    }
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing more to release
    }
  }

  /** Releases the lock. */
  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // closing the channel releases it too
    }
    closeQuietly(channel);
  }
}
