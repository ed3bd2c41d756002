package com.shopwarden.health.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PostgreSQL's own benchmark (TPC-B-like: three updates, a select and an insert per transaction)
 * run against the same server as the service, in a scratch database created and dropped here, so
 * the booking rate can be given as a ratio that travels between machines.
 */
final class Pgbench {

  private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial");

  private final String binary;
  private final String host;
  private final int port;
  private final String user;
  private final String password;
  private final String serverUrl;

  private Pgbench(String binary, String jdbcUrl, String user, String password) {
    URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
    this.binary = binary;
    this.host = uri.getHost();
    this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
    this.user = user;
    this.password = password;
    this.serverUrl = "jdbc:postgresql://" + host + ":" + port + "/";
  }

  /** pgbench against the server holding the database at {@code jdbcUrl}. */
  static Pgbench onServerOf(String binary, String jdbcUrl, String user, String password) {
    return new Pgbench(binary, jdbcUrl, user, password);
  }

  String server() {
    return host + ":" + port;
  }

  /**
   * Initialises a scratch database at {@code scale}, runs {@code clients} clients for {@code
   * seconds} and answers the transactions per second pgbench reports; the database is dropped.
   */
  Result run(int scale, int clients, int seconds) throws Exception {
    String database = "pgbench_" + UUID.randomUUID().toString().substring(0, 8);
    admin("create database " + database, "postgres");
    try {
      exec(List.of(binary, "-i", "-q", "-s", Integer.toString(scale), database));
      String output =
          exec(
              List.of(
                  binary,
                  "-n",
                  "-c",
                  Integer.toString(clients),
                  "-j",
                  Integer.toString(clients),
                  "-T",
                  Integer.toString(seconds),
                  database));
      Matcher tps = TPS.matcher(output);
      if (!tps.find()) {
        throw new IllegalStateException("pgbench printed no tps:\n" + output);
      }
      return new Result(clients, scale, seconds, Double.parseDouble(tps.group(1)));
    } finally {
      admin("drop database if exists " + database + " with (force)", "postgres");
    }
  }

  /** The server's version and the settings that decide a commit's cost. */
  String describeServer() throws SQLException {
    List<String> facts = new ArrayList<>();
    try (Connection db = connect("postgres");
        Statement query = db.createStatement()) {
      for (String setting :
          List.of("server_version", "fsync", "synchronous_commit", "shared_buffers")) {
        try (var rows = query.executeQuery("show " + setting)) {
          rows.next();
          facts.add(setting + "=" + rows.getString(1));
        }
      }
    }
    return String.join(", ", facts);
  }

  String version() throws IOException, InterruptedException {
    return exec(List.of(binary, "--version")).trim();
  }

  private void admin(String sql, String database) throws SQLException {
    try (Connection db = connect(database);
        Statement statement = db.createStatement()) {
      statement.execute(sql);
    }
  }

  private Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user);
    props.setProperty("password", password);
    // DriverManager may not see the driver under Quarkus' class loader; ask the driver directly.
    return new org.postgresql.Driver().connect(serverUrl + database, props);
  }

  private String exec(List<String> arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(arguments);
    if (!arguments.contains("--version")) {
      // Connection options go right after the program name; the database name stays last.
      command.addAll(1, List.of("-h", host, "-p", Integer.toString(port), "-U", user));
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
    }
    return output;
  }

  /** One pgbench run. */
  record Result(int clients, int scale, int seconds, double tps) {
    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "%.1f tps (TPC-B-like, scale %d, %d client(s), %d s)",
          tps,
          scale,
          clients,
          seconds);
    }
  }
}
