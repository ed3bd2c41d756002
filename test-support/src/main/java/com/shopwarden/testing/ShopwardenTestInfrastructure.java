package com.shopwarden.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * The real infrastructure a service's tests run against: a Kafka broker, a PostgreSQL database
 * created for this run (dropped at the end), and the key that verifies test tokens.
 *
 * <p>Declare it once per module on a holder class: {@code @QuarkusTestResource(value =
 * ShopwardenTestInfrastructure.class, initArgs = @ResourceArg(name = "database", value =
 * "enforcement"))}.
 */
public class ShopwardenTestInfrastructure implements QuarkusTestResourceLifecycleManager {

  private String databasePrefix = "shopwarden";
  private TestDatabase database;

  @Override
  public void init(Map<String, String> initArgs) {
    databasePrefix = initArgs.getOrDefault("database", databasePrefix);
  }

  @Override
  public Map<String, String> start() {
    database = TestDatabase.create(databasePrefix);
    CurrentTestDatabase.set(database);
    return Map.of(
        "kafka.bootstrap.servers", EmbeddedKafka.bootstrapServers(),
        "quarkus.datasource.jdbc.url", database.jdbcUrl(),
        "quarkus.datasource.reactive.url", database.reactiveUrl(),
        "quarkus.datasource.username", database.user(),
        "quarkus.datasource.password", database.password(),
        "quarkus.oidc.public-key", TestTokens.publicKey(),
        "quarkus.oidc.token.issuer", TestTokens.ISSUER);
  }

  @Override
  public void stop() {
    if (database != null) {
      database.drop();
      database = null;
    }
  }
}
