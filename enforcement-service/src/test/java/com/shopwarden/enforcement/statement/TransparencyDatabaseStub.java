package com.shopwarden.enforcement.statement;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local stand-in for the Transparency Database API v1, written from the reference data in
 * ../shared/testdata/dsa-transparency-db and independent of the production validator: it checks
 * required fields and enumerations, keeps puids unique, stores batches all-or-nothing and can
 * answer 429 once or fail with 503 a given number of times.
 */
final class TransparencyDatabaseStub implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DUPLICATE =
      "The identifier given is not unique within this platform.";
  private static final List<String> REQUIRED =
      List.of(
          "decision_facts",
          "decision_ground",
          "content_type",
          "category",
          "territorial_scope",
          "content_date",
          "application_date",
          "source_type",
          "automated_detection",
          "automated_decision",
          "puid");

  private final HttpServer server;
  private final Map<String, List<String>> enums;
  final Set<String> stored = ConcurrentHashMap.newKeySet();
  final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
  final AtomicBoolean rateLimitNext = new AtomicBoolean();
  final AtomicInteger failNext = new AtomicInteger();
  final AtomicInteger requests = new AtomicInteger();

  TransparencyDatabaseStub() throws IOException {
    enums =
        JSON.readValue(
            Files.readString(StatementRulesTest.testdata().resolve("enums.json")),
            new TypeReference<Map<String, List<String>>>() {});
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/api/v1/statements", this::batch);
    server.createContext("/api/v1/statement", this::single);
    server.start();
  }

  URI uri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
  }

  private void batch(HttpExchange exchange) throws IOException {
    if (limited(exchange)) {
      return;
    }
    Map<String, Object> body = JSON.readValue(exchange.getRequestBody(), new TypeReference<>() {});
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> statements = (List<Map<String, Object>>) body.get("statements");
    batchSizes.add(statements == null ? 0 : statements.size());
    if (statements == null || statements.isEmpty() || statements.size() > 100) {
      answer(exchange, 422, "{\"message\":\"statements must hold 1 to 100 items\"}");
      return;
    }
    List<String> errors = new ArrayList<>();
    List<String> puids = new ArrayList<>();
    for (Map<String, Object> statement : statements) {
      errors.addAll(check(statement));
      puids.add(String.valueOf(statement.get("puid")));
    }
    if (puids.stream().distinct().count() != puids.size()) {
      errors.add(DUPLICATE);
    }
    if (!errors.isEmpty()) {
      answer(
          exchange, 422, JSON.writeValueAsString(Map.of("message", "invalid", "errors", errors)));
      return;
    }
    stored.addAll(puids);
    answer(exchange, 201, "{\"statements\":[]}");
  }

  private void single(HttpExchange exchange) throws IOException {
    if (limited(exchange)) {
      return;
    }
    Map<String, Object> statement =
        JSON.readValue(exchange.getRequestBody(), new TypeReference<>() {});
    List<String> errors = check(statement);
    if (!errors.isEmpty()) {
      answer(
          exchange, 422, JSON.writeValueAsString(Map.of("message", "invalid", "errors", errors)));
      return;
    }
    stored.add(String.valueOf(statement.get("puid")));
    answer(exchange, 201, "{}");
  }

  private List<String> check(Map<String, Object> s) {
    List<String> errors = new ArrayList<>();
    for (String field : REQUIRED) {
      if (!s.containsKey(field)) {
        errors.add(field + " is required");
      }
    }
    in(s, "category", "STATEMENT_CATEGORIES", errors);
    in(s, "decision_ground", "DECISION_GROUNDS", errors);
    in(s, "source_type", "SOURCE_TYPES", errors);
    in(s, "automated_decision", "AUTOMATED_DECISIONS", errors);
    in(s, "territorial_scope", "EUROPEAN_COUNTRY_CODES", errors);
    in(s, "content_type", "CONTENT_TYPES", errors);
    if (stored.contains(String.valueOf(s.get("puid")))) {
      errors.add(DUPLICATE);
    }
    return errors;
  }

  private void in(Map<String, Object> s, String field, String list, List<String> errors) {
    Object value = s.get(field);
    Collection<?> values = value instanceof Collection<?> c ? c : List.of(String.valueOf(value));
    for (Object v : values) {
      if (value != null && !enums.get(list).contains(v)) {
        errors.add(field + " is invalid");
      }
    }
  }

  private boolean limited(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
      answer(exchange, 503, "{\"message\":\"Service Unavailable\"}");
      return true;
    }
    if (rateLimitNext.compareAndSet(true, false)) {
      exchange.getResponseHeaders().add("Retry-After", "2");
      answer(exchange, 429, "{\"message\":\"Too Many Attempts.\"}");
      return true;
    }
    return false;
  }

  private static void answer(HttpExchange exchange, int status, String json) throws IOException {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
