package com.tripwirejs.benchmarks;

/**
 * A small ring of distinct session ids, so that consecutive calls ask for different resources and
 * no id is a compile-time constant that the JIT could fold into the request it builds.
 */
public final class SessionIds {

  private static final int COUNT = 16;
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";

  private final String[] ids = new String[COUNT];
  private int next;

  /** Sixteen ids in the API's {@code sid_} + 26 characters form. */
  public SessionIds() {
    for (int i = 0; i < COUNT; i++) {
      StringBuilder id = new StringBuilder("sid_");
      for (int j = 0; j < 26; j++) {
        id.append(ALPHABET.charAt((i * 7 + j * 13) % ALPHABET.length()));
      }
      ids[i] = id.toString();
    }
  }

  /**
   * The next id of the ring. Not thread-safe: keep one ring per benchmark thread.
   *
   * @return an id
   */
  public String next() {
    String id = ids[next];
    next = (next + 1) % COUNT;
    return id;
  }
}
