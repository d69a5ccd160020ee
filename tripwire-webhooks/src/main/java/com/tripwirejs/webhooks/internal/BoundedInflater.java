package com.tripwirejs.webhooks.internal;

import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.jspecify.annotations.Nullable;

/**
 * zlib (RFC 1950) decompression that stops at a size limit instead of expanding whatever it is
 * given.
 */
public final class BoundedInflater {

  /** Why decompression failed. */
  public enum Failure {
    /** The data is not a complete, valid zlib stream, or bytes follow its end. */
    MALFORMED,
    /** The data expands beyond the limit. */
    TOO_LARGE
  }

  /** The outcome: the bytes, or why there are none. */
  public static final class Result {
    private final byte @Nullable [] bytes;
    private final @Nullable Failure failure;

    private Result(byte @Nullable [] bytes, @Nullable Failure failure) {
      this.bytes = bytes;
      this.failure = failure;
    }

    /** The inflated bytes, or null on failure. */
    public byte @Nullable [] bytes() {
      return bytes;
    }

    /** The failure, or null on success. */
    public @Nullable Failure failure() {
      return failure;
    }
  }

  private BoundedInflater() {}

  /**
   * Inflates one complete zlib stream that must be all of {@code compressed}.
   *
   * @param compressed the zlib data
   * @param limit the largest accepted output, in bytes
   * @return the output, or the reason there is none
   */
  public static Result inflate(byte[] compressed, int limit) {
    Inflater inflater = new Inflater();
    try {
      inflater.setInput(compressed);
      // Start from a guess and grow up to limit + 1: one byte past the limit proves "too large"
      // without expanding further.
      int initial = (int) Math.min((long) limit + 1, Math.max(256L, compressed.length * 4L));
      byte[] out = new byte[initial];
      int length = 0;
      while (!inflater.finished()) {
        if (length == out.length) {
          if (out.length > limit) {
            return new Result(null, Failure.TOO_LARGE);
          }
          out = Arrays.copyOf(out, (int) Math.min((long) limit + 1, out.length * 2L));
        }
        int n = inflater.inflate(out, length, out.length - length);
        length += n;
        if (length > limit) {
          return new Result(null, Failure.TOO_LARGE);
        }
        if (n == 0 && length < out.length && !inflater.finished()) {
          // No progress with room to write: the stream is truncated or wants a preset dictionary.
          return new Result(null, Failure.MALFORMED);
        }
      }
      if (inflater.getRemaining() > 0) {
        return new Result(null, Failure.MALFORMED);
      }
      return new Result(length == out.length ? out : Arrays.copyOf(out, length), null);
    } catch (DataFormatException e) {
      return new Result(null, Failure.MALFORMED);
    } finally {
      inflater.end();
    }
  }
}
