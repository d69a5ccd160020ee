package com.tripwirejs.http.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tripwirejs.http.ResponseTooLargeException;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundedBufferTest {

  private static byte[] bytes(int length) {
    byte[] data = new byte[length];
    new Random(length).nextBytes(data);
    return data;
  }

  /** A stream that hands out at most a few bytes per read, as a socket does. */
  private static InputStream trickling(byte[] data) {
    return new FilterInputStream(new ByteArrayInputStream(data)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 7));
      }
    };
  }

  @Test
  void aBodyOfTheAnnouncedLengthIsReadWhole() throws IOException {
    byte[] data = bytes(11_543);
    BoundedBuffer buffer = new BoundedBuffer(1 << 20, data.length);
    buffer.readAll(trickling(data));
    assertArrayEquals(data, buffer.toByteArray());
  }

  @Test
  void aBodyLongerOrShorterThanAnnouncedIsReadAsItIs() throws IOException {
    byte[] data = bytes(20_000);
    BoundedBuffer longer = new BoundedBuffer(1 << 20, 100);
    longer.readAll(trickling(data));
    assertArrayEquals(data, longer.toByteArray());

    BoundedBuffer shorter = new BoundedBuffer(1 << 20, 50_000);
    shorter.readAll(new ByteArrayInputStream(data));
    assertArrayEquals(data, shorter.toByteArray());
  }

  @Test
  void aBodyOfUnknownLengthIsReadWhole() throws IOException {
    for (int length : new int[] {0, 1, 8191, 8192, 8193, 100_000}) {
      byte[] data = bytes(length);
      BoundedBuffer buffer = new BoundedBuffer(1 << 20, -1);
      buffer.readAll(trickling(data));
      assertArrayEquals(data, buffer.toByteArray(), "length " + length);
    }
  }

  @Test
  void aBodyPastTheLimitFailsWhateverWasAnnounced() {
    byte[] data = bytes(1_001);
    assertThrows(
        ResponseTooLargeException.class,
        () -> new BoundedBuffer(1_000, 1_000).readAll(trickling(data)));
    assertThrows(
        ResponseTooLargeException.class,
        () -> new BoundedBuffer(1_000, -1).readAll(new ByteArrayInputStream(data)));
    assertThrows(
        ResponseTooLargeException.class,
        () -> new BoundedBuffer(1_000, 5_000).readAll(new ByteArrayInputStream(data)));
  }

  @Test
  void aBodyExactlyAtTheLimitIsAccepted() throws IOException {
    byte[] data = bytes(1_000);
    BoundedBuffer buffer = new BoundedBuffer(1_000, -1);
    buffer.readAll(trickling(data));
    assertArrayEquals(data, buffer.toByteArray());
  }
}
