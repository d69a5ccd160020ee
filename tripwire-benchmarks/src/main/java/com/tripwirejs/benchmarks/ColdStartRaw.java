package com.tripwirejs.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.core5.http.HttpEntity;

/**
 * The raw baseline of {@link ColdStartSdk}: a fresh JVM that creates an Apache HttpClient 5 client
 * and a Jackson {@code ObjectMapper} by hand, sends the same first {@code GET
 * /v1/sessions/{id}} to the {@link ColdStartServer} at the URL given as the only argument, reads
 * the body with {@code readTree}, prints the session's id and exits.
 */
public final class ColdStartRaw {

  private ColdStartRaw() {}

  /**
   * Makes the call and prints the session's id.
   *
   * @param args the server's base URL
   * @throws IOException when the call fails
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      throw new IllegalArgumentException("Usage: ColdStartRaw <base URL>");
    }
    ObjectMapper mapper = new ObjectMapper();
    try (CloseableHttpClient client = HttpClients.createDefault()) {
      HttpGet get = new HttpGet(args[0] + "/v1/sessions/sid_0123456789abcdefghjkmnpqrs");
      get.addHeader("Authorization", "Bearer sk_test_benchmark_cold_start");
      get.addHeader("Accept", "application/json");
      JsonNode session =
          client.execute(
              get,
              response -> {
                HttpEntity entity = response.getEntity();
                if (response.getCode() != 200 || entity == null) {
                  throw new IOException("Unexpected status " + response.getCode());
                }
                try (InputStream body = entity.getContent()) {
                  return mapper.readTree(body);
                }
              });
      System.out.println(session.path("data").path("id").asText());
    }
  }
}
