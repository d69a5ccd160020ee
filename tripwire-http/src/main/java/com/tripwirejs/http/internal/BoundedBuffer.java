package com.tripwirejs.http.internal;

import com.tripwirejs.http.ResponseTooLargeException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Arrays;

/** Collects a response body up to a limit, failing as soon as the limit is passed. */
public final class BoundedBuffer {

  private final long limit;
  private byte[] bytes;
  private int size;

  /**
   * Creates a buffer.
   *
   * @param limit the most bytes to accept
   * @param expectedSize the announced length, or a negative number when unknown
   */
  public BoundedBuffer(long limit, long expectedSize) {
    this.limit = limit;
    int initial = expectedSize > 0 && expectedSize <= limit ? (int) Math.min(expectedSize, 1 << 24) : 8192;
    // Never more room than the limit: readAll fills the array directly.
    this.bytes = new byte[(int) Math.min(Math.max(initial, 16), limit)];
  }

  /** Appends the remaining bytes of a buffer. */
  public void append(ByteBuffer data) throws ResponseTooLargeException {
    int length = data.remaining();
    ensure(length);
    data.get(bytes, size, length);
    size += length;
  }

  /**
   * Reads a stream to its end, straight into the buffer: a body of the announced length is read
   * without a second copy.
   */
  public void readAll(InputStream in) throws IOException {
    while (true) {
      if (size == bytes.length) {
        // Full: only grow if the stream really has more.
        int next = in.read();
        if (next < 0) {
          return;
        }
        ensure(1);
        bytes[size++] = (byte) next;
        continue;
      }
      int n = in.read(bytes, size, bytes.length - size);
      if (n < 0) {
        return;
      }
      size += n;
    }
  }

  /** The bytes collected. */
  public byte[] toByteArray() {
    return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
  }

  private void ensure(int more) throws ResponseTooLargeException {
    long needed = (long) size + more;
    if (needed > limit) {
      throw new ResponseTooLargeException(limit);
    }
    if (needed > bytes.length) {
      long grown = Math.max(needed, Math.min((long) bytes.length * 2, limit));
      bytes = Arrays.copyOf(bytes, (int) Math.min(grown, Integer.MAX_VALUE - 8));
    }
  }
}
