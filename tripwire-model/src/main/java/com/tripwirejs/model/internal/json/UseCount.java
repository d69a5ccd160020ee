package com.tripwirejs.model.internal.json;

/**
 * Counts the uses of accessors that run reflectively, and compiles them once they are in steady
 * use (see {@link Accessors}): at the {@value #COMPILE_AFTER}th use, once.
 *
 * <p>The count is approximate under concurrent use, which only moves the moment of compiling.
 */
final class UseCount {

  /**
   * How many uses run reflectively before compiling: a JVM that reads one response compiles
   * nothing for the objects it holds once, and JDK 17's reflection, which generates a class of its
   * own for a method called more than 15 times, never gets to do so.
   */
  static final int COMPILE_AFTER = 15;

  private final Runnable compile;
  private int uses;
  private volatile boolean compiled;

  /**
   * A count at zero.
   *
   * @param compile what to run at the threshold: compiles the accessors, and must not throw
   */
  UseCount(Runnable compile) {
    this.compile = compile;
  }

  /** Records a use; the {@value #COMPILE_AFTER}th runs the compile step, before returning. */
  void use() {
    if (compiled || ++uses < COMPILE_AFTER) {
      return;
    }
    synchronized (this) {
      if (!compiled) {
        try {
          compile.run();
        } finally {
          compiled = true;
        }
      }
    }
  }

  /** Whether the compile step has run. */
  boolean compiled() {
    return compiled;
  }
}
