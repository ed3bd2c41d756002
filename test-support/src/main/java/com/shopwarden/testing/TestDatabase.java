package com.shopwarden.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * A real PostgreSQL database created for one test run and dropped after it.
 *
 * <p>The server is an embedded PostgreSQL (real binaries from Maven Central, started in about a
 * second, as {@code nobody} when run as root) unless {@code SHOPWARDEN_TEST_PG_URL} names a server
 * whose user may create databases, e.g. {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres}. Tests therefore pass whether a system
 * PostgreSQL is running, stopped, password-protected or missing.
 */
public final class TestDatabase {

  private static EmbeddedPostgres embedded;

  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String adminUrl;
  private final String name;

  private TestDatabase(
      String host, int port, String user, String password, String adminUrl, String name) {
    this.host = host;
    this.port = port;
    this.user = user;
    this.password = password;
    this.adminUrl = adminUrl;
    this.name = name;
  }

  /** Creates a database whose name starts with the given prefix and is unique to this run. */
  public static TestDatabase create(String prefix) {
    String name =
        (prefix + "_" + UUID.randomUUID().toString().substring(0, 8))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    String external = System.getenv("SHOPWARDEN_TEST_PG_URL");
    TestDatabase database =
        external == null || external.isBlank() ? onEmbedded(name) : onServer(external, name);
    database.execute("CREATE DATABASE " + name);
    return database;
  }

  private static synchronized TestDatabase onEmbedded(String name) {
    if (embedded == null) {
      try {
        embedded = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::stopEmbedded));
    }
    int port = embedded.getPort();
    return new TestDatabase(
        "localhost",
        port,
        "postgres",
        "postgres",
        "jdbc:postgresql://localhost:" + port + "/postgres?user=postgres",
        name);
  }

  private static TestDatabase onServer(String adminUrl, String name) {
    java.net.URI uri = java.net.URI.create(adminUrl.substring("jdbc:".length()));
    Properties query = new Properties();
    if (uri.getQuery() != null) {
      for (String pair : uri.getQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        query.setProperty(kv[0], kv.length > 1 ? kv[1] : "");
      }
    }
    return new TestDatabase(
        uri.getHost(),
        uri.getPort() < 0 ? 5432 : uri.getPort(),
        query.getProperty("user", "postgres"),
        query.getProperty("password", ""),
        adminUrl,
        name);
  }

  private static synchronized void stopEmbedded() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        // The JVM is exiting; the temporary data directory is removed either way.
      }
      embedded = null;
    }
  }

  /** Drops the database, closing any connection a test left open. */
  public void drop() {
    execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + name;
  }

  public String reactiveUrl() {
    return "postgresql://" + host + ":" + port + "/" + name;
  }

  public String user() {
    return user;
  }

  public String password() {
    return password;
  }

  public String name() {
    return name;
  }

  /** Opens a plain JDBC connection to this database, for assertions on stored rows. */
  public Connection connect() throws SQLException {
    return connectTo(jdbcUrl());
  }

  private Connection connectTo(String url) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    // DriverManager may not see the driver under Quarkus' class loader; ask the driver directly.
    return new org.postgresql.Driver().connect(url, props);
  }

  private void execute(String sql) {
    try (Connection connection = connectTo(adminUrl);
        Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException("could not run '" + sql + "': " + e.getMessage(), e);
    }
  }
}
