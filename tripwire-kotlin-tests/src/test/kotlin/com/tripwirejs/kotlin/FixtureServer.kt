package com.tripwirejs.kotlin

import com.fasterxml.jackson.databind.node.ObjectNode
import com.sun.net.httpserver.HttpExchange
import com.sun.net.httpserver.HttpServer
import com.tripwirejs.model.json.TripwireJson
import com.tripwirejs.model.spec.TripwireSpec
import java.net.InetAddress
import java.net.InetSocketAddress
import java.nio.file.Files
import java.nio.file.Path

/**
 * A loopback HTTP server that answers each operation of the spec's fixture manifest with its
 * golden response, so that the Kotlin tests make real calls. The spec is the newest configured
 * generation (Foil's, with FOIL_SPEC_DIR set); without any, the tests are skipped. A list request that carries a cursor
 * gets the same page as the last one (no next cursor), so auto-paging ends after two pages.
 */
class FixtureServer : AutoCloseable {
  private val spec: Path = TripwireSpec.configured().first().root()
  private val routes: List<Route> =
    TripwireJson.readTree(Files.readAllBytes(spec.resolve("fixtures/manifest.json")))
      .get("fixtures")
      .filter { it.get("status").asText().startsWith("2") }
      .map { fixture ->
        Route(
          fixture.get("method").asText().uppercase(),
          Regex(fixture.get("path").asText().replace(Regex("\\{[^}]+}"), "[^/]+")),
          fixture.get("status").asText().toInt(),
          fixture.get("file")?.asText(),
          fixture.get("body")?.asText() == "none",
        )
      }
  private val server: HttpServer =
    HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0).apply {
      createContext("/") { exchange -> exchange.use { answer(it) } }
      start()
    }

  /** The base URL to give the client. */
  val baseUrl: String = "http://127.0.0.1:${server.address.port}"

  /** The requests received so far, as "METHOD /path?query". */
  val received: MutableList<String> = java.util.Collections.synchronizedList(mutableListOf())

  private fun answer(exchange: HttpExchange) {
    val path = exchange.requestURI.rawPath
    val query = exchange.requestURI.rawQuery
    received += "${exchange.requestMethod} $path" + (query?.let { "?$it" } ?: "")
    exchange.requestBody.readAllBytes()
    val route = routes.firstOrNull { it.method == exchange.requestMethod && it.path.matches(path) }
    if (route == null) {
      respond(exchange, 404, """{"error":{"code":"not_found","message":"No fixture for $path"}}""".toByteArray())
      return
    }
    if (route.noBody) {
      exchange.sendResponseHeaders(route.status, -1)
      return
    }
    var body = Files.readAllBytes(spec.resolve("fixtures").resolve(route.file!!))
    if (query != null && query.contains("cursor=")) {
      val page = TripwireJson.readTree(body) as ObjectNode
      (page.get("pagination") as? ObjectNode)?.put("has_more", false)?.putNull("next_cursor")
      body = TripwireJson.writeBytes(page)
    }
    respond(exchange, route.status, body)
  }

  private fun respond(exchange: HttpExchange, status: Int, body: ByteArray) {
    exchange.responseHeaders.add("Content-Type", "application/json")
    exchange.sendResponseHeaders(status, body.size.toLong())
    exchange.responseBody.write(body)
  }

  override fun close() = server.stop(0)

  private class Route(
    val method: String,
    val path: Regex,
    val status: Int,
    val file: String?,
    val noBody: Boolean,
  )
}
