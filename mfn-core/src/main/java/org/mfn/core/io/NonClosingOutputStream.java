package org.mfn.core.io;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes writes through and turns {@code close()} into {@code flush()}: for handing a stream to a
 * library that closes what it is given (Jackson does) when the caller still owns the stream, as
 * {@link AtomicFiles} does.
 */
public final class NonClosingOutputStream extends FilterOutputStream {
  /**
   * Wraps a stream.
   *
   * @param out the stream the caller keeps
   */
  public NonClosingOutputStream(OutputStream out) {
    super(out);
  }

  @Override
  public void write(byte[] b, int off, int len) throws IOException {
    out.write(b, off, len);
  }

  @Override
  public void close() throws IOException {
    flush();
  }
}
