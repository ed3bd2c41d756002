package com.shopwarden.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import org.junit.jupiter.api.Test;

/**
 * What every Shopwarden service promises before any business feature: readiness that checks the
 * database and Kafka, open health and metrics, bearer tokens everywhere else (401 problem+json
 * without one, 403 for other roles or markets), RFC 9457 problems for bad input, and the markets
 * this deployment serves.
 *
 * <p>Each service runs it with {@code @QuarkusTest class PlatformTest extends PlatformContract {}},
 * configured to serve ID, MY, US and DE.
 */
public abstract class PlatformContract {

  private static String moderator(String... markets) {
    return TestTokens.forUser("mod-1").roles("moderator").markets(markets).sign();
  }

  @Test
  void readinessChecksDatabaseAndKafka() {
    given()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem(containsString("Database")))
        .body("checks.name", hasItem(containsString("Kafka")))
        .body("checks.status", everyItem(equalTo("UP")));
  }

  @Test
  void metricsAreOpenForPrometheus() {
    given().get("/q/metrics").then().statusCode(200).body(containsString("jvm_"));
  }

  @Test
  void businessCallWithoutTokenIs401Problem() {
    given()
        .get("/api/v1/markets")
        .then()
        .statusCode(401)
        .contentType("application/problem+json")
        .header("WWW-Authenticate", containsString("Bearer"))
        .body("type", equalTo("https://shopwarden.dev/problems/unauthenticated"))
        .body("status", equalTo(401));
  }

  @Test
  void tokenSignedWithAnotherKeyIs401() throws NoSuchAlgorithmException {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
    generator.initialize(2048);
    String forged =
        TestTokens.forUser("mallory")
            .roles("moderator")
            .markets("*")
            .signedWith(generator.generateKeyPair().getPrivate())
            .sign();
    given().auth().oauth2(forged).get("/api/v1/markets").then().statusCode(401);
  }

  @Test
  void staffSeeOnlyTheirMarkets() {
    given()
        .auth()
        .oauth2(moderator("ID", "US"))
        .get("/api/v1/markets")
        .then()
        .statusCode(200)
        .body("code", hasItems("ID", "US"))
        .body("code", not(hasItem("MY")))
        .body("code", not(hasItem("DE")));
  }

  @Test
  void marketOutsideTheCallersScopeIs403Problem() {
    given()
        .auth()
        .oauth2(moderator("ID"))
        .get("/api/v1/markets/MY")
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("type", equalTo("https://shopwarden.dev/problems/market-out-of-scope"))
        .body("errors[0].field", equalTo("market"));
  }

  @Test
  void marketInScopeShowsItsLegalSettings() {
    given()
        .auth()
        .oauth2(moderator("US"))
        .get("/api/v1/markets/US")
        .then()
        .statusCode(200)
        .body("legalTimeZone", equalTo("America/New_York"))
        .body("legalRegimes", hasItem("US_DMCA"))
        .body("eea", is(false));
  }

  @Test
  void marketNotServedByThisDeploymentIsAClearProblem() {
    given()
        .auth()
        .oauth2(moderator("*"))
        .get("/api/v1/markets/GB")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("https://shopwarden.dev/problems/market-not-served"))
        .body("errors[0].field", equalTo("market"));
  }

  @Test
  void unknownMarketCodeIsAClearProblem() {
    given()
        .auth()
        .oauth2(moderator("*"))
        .get("/api/v1/markets/XX")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://shopwarden.dev/problems/unknown-market"));
  }

  @Test
  void usCalendarSkipsMemorialDayAndThanksgiving() {
    String token = moderator("US");
    given()
        .auth()
        .oauth2(token)
        .queryParam("from", "2025-05-26")
        .queryParam("days", 2)
        .get("/api/v1/markets/US/calendar")
        .then()
        .statusCode(200)
        .body("days[0].businessDay", is(false))
        .body("days[0].holiday", equalTo("Memorial Day"))
        .body("days[1].businessDay", is(true))
        .body("days[1].holiday", nullValue());
    given()
        .auth()
        .oauth2(token)
        .queryParam("from", "2025-11-27")
        .queryParam("days", 1)
        .get("/api/v1/markets/US/calendar")
        .then()
        .statusCode(200)
        .body("days[0].businessDay", is(false));
  }

  @Test
  void badQueryParametersNameTheField() {
    String token = moderator("US");
    given()
        .auth()
        .oauth2(token)
        .queryParam("from", "26/05/2025")
        .get("/api/v1/markets/US/calendar")
        .then()
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors[0].field", equalTo("from"));
    given()
        .auth()
        .oauth2(token)
        .queryParam("from", "2025-01-01")
        .queryParam("days", 5000)
        .get("/api/v1/markets/US/calendar")
        .then()
        .statusCode(400)
        .body("type", equalTo("https://shopwarden.dev/problems/validation"))
        .body("errors[0].field", equalTo("days"))
        .body(not(containsString("Exception")));
  }

  @Test
  void accountHoldersMayReadMarketRules() {
    String creator =
        TestTokens.forUser("creator-1").roles("creator").account("acct-1", "CREATOR").sign();
    given().auth().oauth2(creator).get("/api/v1/markets/DE").then().statusCode(200);
  }

  @Test
  void unknownPathUnderTheApiIsAProblemNotAStackTrace() {
    given()
        .auth()
        .oauth2(moderator("*"))
        .get("/api/v1/no-such-thing")
        .then()
        .statusCode(404)
        .body(not(containsString("Exception")));
  }

  @Test
  void oversizedBodyIs413Problem() {
    byte[] body = new byte[2 * 1024 * 1024];
    java.util.Arrays.fill(body, (byte) 'a');
    given()
        .auth()
        .oauth2(moderator("*"))
        .contentType("application/json")
        .body(body)
        .post("/api/v1/markets")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("type", equalTo("https://shopwarden.dev/problems/payload-too-large"));
  }
}
