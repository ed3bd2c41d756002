package com.shopwarden.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;

/**
 * PostgreSQL for the local run when the machine has no usable server: {@code LocalPostgres serve
 * <port> <dataDir>} runs an embedded server (real binaries from Maven Central) until stopped;
 * {@code LocalPostgres create-databases <jdbcUrl> <user> <password> <name>...} creates the
 * services' databases on whichever server is used.
 */
public final class LocalPostgres {

  private LocalPostgres() {}

  public static void main(String[] args) throws Exception {
    switch (args.length > 0 ? args[0] : "") {
      case "serve" -> serve(Integer.parseInt(args[1]), Path.of(args[2]));
      case "create-databases" -> createDatabases(args);
      default ->
          throw new IllegalArgumentException(
              "usage: serve <port> <dataDir> | create-databases <url> <user> <password> <name>...");
    }
  }

  private static void serve(int port, Path dataDir) throws Exception {
    Files.createDirectories(dataDir);
    // Keep the data between runs: the local suite's state survives `down` and `up`.
    EmbeddedPostgres server =
        EmbeddedPostgres.builder()
            .setPort(port)
            .setDataDirectory(dataDir)
            .setCleanDataDirectory(false)
            .start();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    server.close();
                  } catch (Exception e) {
                    System.err.println("embedded PostgreSQL did not stop cleanly: " + e);
                  }
                  stopped.countDown();
                }));
    System.out.println("embedded PostgreSQL ready on port " + port);
    stopped.await();
  }

  private static void createDatabases(String[] args) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", args[2]);
    props.setProperty("password", args[3]);
    try (Connection connection = new org.postgresql.Driver().connect(args[1], props);
        Statement statement = connection.createStatement()) {
      for (int i = 4; i < args.length; i++) {
        String name = args[i];
        if (!name.matches("[a-z0-9_]+")) {
          throw new IllegalArgumentException("database names are lower-case words: " + name);
        }
        try (ResultSet existing =
            statement.executeQuery("select 1 from pg_database where datname = '" + name + "'")) {
          if (!existing.next()) {
            statement.execute("create database " + name);
            System.out.println("created database " + name);
          }
        }
      }
    }
  }
}
