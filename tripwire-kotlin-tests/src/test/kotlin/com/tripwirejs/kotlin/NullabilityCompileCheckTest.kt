package com.tripwirejs.kotlin

import java.io.ByteArrayOutputStream
import java.io.File
import java.io.PrintStream
import java.nio.file.Files
import java.nio.file.Path
import org.assertj.core.api.Assertions.assertThat
import org.jetbrains.kotlin.cli.common.ExitCode
import org.jetbrains.kotlin.cli.jvm.K2JVMCompiler
import org.junit.jupiter.api.Test
import org.junit.jupiter.api.io.TempDir

/**
 * Kotlin sees the SDK's JSpecify annotations: a nullable property is `T?`, so using it as non-null
 * does not compile, while handling it does. Both sources are compiled here against the SDK on the
 * test classpath, so the check fails if the annotations stop reaching Kotlin and also if the
 * correct twin stops compiling.
 */
class NullabilityCompileCheckTest {
  private val sources = Path.of(System.getProperty("tripwire.compileCheck.dir"))

  @Test
  fun `nullable properties used as non-null do not compile`(@TempDir out: Path) {
    val (exit, messages) = compile("NullableUsedAsNonNull.kt", out)

    assertThat(exit).isEqualTo(ExitCode.COMPILATION_ERROR)
    assertThat(messages)
      .containsIgnoringCase("NullableUsedAsNonNull.kt:6:68: error: only safe (?.) or non-null asserted")
      .contains("nullable receiver of type 'Instant?'")
      .contains("NullableUsedAsNonNull.kt:8:48: error: return type mismatch")
      .contains("List<String>?'")
  }

  @Test
  fun `the same properties handled as nullables compile`(@TempDir out: Path) {
    val (exit, messages) = compile("NullableHandled.kt", out)

    assertThat(exit).`as`(messages).isEqualTo(ExitCode.OK)
  }

  private fun compile(source: String, out: Path): Pair<ExitCode, String> {
    val messages = ByteArrayOutputStream()
    val exit =
      K2JVMCompiler()
        .exec(
          PrintStream(messages, true, Charsets.UTF_8),
          sources.resolve(source).toString(),
          "-d", out.toString(),
          "-classpath", testClasspath(),
          "-no-stdlib", "-no-reflect",
          "-jvm-target", "17",
          "-Xjspecify-annotations=strict",
        )
    return exit to messages.toString(Charsets.UTF_8)
  }

  private fun testClasspath(): String =
    System.getProperty("java.class.path")
      .split(File.pathSeparator)
      .filter { Files.exists(Path.of(it)) }
      .joinToString(File.pathSeparator)
}
