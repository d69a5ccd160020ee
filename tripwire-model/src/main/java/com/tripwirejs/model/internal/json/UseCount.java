package com.tripwirejs.model.internal.json;

/**
 * Counts the uses of accessors that run reflectively, and says when they are in steady use and
 * worth compiling (see {@link Accessors}): at the {@value #COMPILE_AFTER}th use.
 *
 * <p>The count is approximate under concurrent use, which only moves the moment of compiling; two
 * threads may both be told to compile, so compiling must be safe to repeat.
 */
final class UseCount {

  /**
   * How many uses run reflectively before compiling: a JVM that reads one response compiles
   * nothing for the objects it holds once, and JDK 17's reflection, which generates a class of its
   * own for a method called more than 15 times, never gets to do so.
   */
  static final int COMPILE_AFTER = 15;

  private int uses;
  private volatile boolean reached;

  /**
   * Records a use.
   *
   * @return true for the use that reaches the threshold, false before and after it
   */
  boolean reachesThreshold() {
    if (reached || ++uses < COMPILE_AFTER) {
      return false;
    }
    reached = true;
    return true;
  }
}
