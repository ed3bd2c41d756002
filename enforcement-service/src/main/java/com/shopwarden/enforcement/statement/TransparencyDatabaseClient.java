package com.shopwarden.enforcement.statement;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * A plain HTTP client for the Transparency Database API v1: one statement ({@code POST
 * /api/v1/statement}) or a batch of 1-100 ({@code POST /api/v1/statements}, all-or-nothing).
 */
public class TransparencyDatabaseClient {

  /** What the database answered. */
  public record Answer(int status, String body, Optional<Duration> retryAfter) {

    public boolean accepted() {
      return status >= 200 && status < 300;
    }

    /** The database's refusal of a puid it already holds. */
    public boolean duplicatePuid() {
      return status == 422 && body.contains("not unique within this platform");
    }
  }

  private final HttpClient http;
  private final URI base;
  private final String token;
  private final Duration timeout;

  public TransparencyDatabaseClient(URI base, String token, Duration timeout) {
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    this.base = base;
    this.token = token;
    this.timeout = timeout;
  }

  public Answer postBatch(String statementsJson) throws IOException, InterruptedException {
    return post("/api/v1/statements", "{\"statements\":" + statementsJson + "}");
  }

  public Answer postOne(String statementJson) throws IOException, InterruptedException {
    return post("/api/v1/statement", statementJson);
  }

  private Answer post(String path, String json) throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    HttpResponse<String> response =
        http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    Optional<Duration> retryAfter =
        response.headers().firstValue("Retry-After").flatMap(TransparencyDatabaseClient::seconds);
    return new Answer(response.statusCode(), response.body(), retryAfter);
  }

  private static Optional<Duration> seconds(String value) {
    try {
      return Optional.of(Duration.ofSeconds(Long.parseLong(value.trim())));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
