package com.shopwarden.testing;

/**
 * Where a test finds the database of the running application, to assert on stored rows over JDBC.
 *
 * <p>The connection details are kept in system properties because the test resource and the test
 * class may be loaded by different class loaders.
 */
public final class CurrentTestDatabase {

  private static final String URL = "shopwarden.test.db.url";
  private static final String USER = "shopwarden.test.db.user";
  private static final String PASSWORD = "shopwarden.test.db.password";

  private CurrentTestDatabase() {}

  static void set(TestDatabase database) {
    System.setProperty(URL, database.jdbcUrl());
    System.setProperty(USER, database.user());
    System.setProperty(PASSWORD, database.password());
  }

  /** Opens a JDBC connection to the database the application under test uses. */
  public static java.sql.Connection connect() throws java.sql.SQLException {
    java.util.Properties props = new java.util.Properties();
    props.setProperty("user", System.getProperty(USER));
    props.setProperty("password", System.getProperty(PASSWORD));
    return new org.postgresql.Driver().connect(System.getProperty(URL), props);
  }
}
