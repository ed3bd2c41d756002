package com.shopwarden.enforcement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Platforms confirm execution of measures; failures are visible to staff and counted. */
@QuarkusTest
class ExecutionApiTest {

  @Test
  void failedExecutionIsKeptListedAndCounted() {
    String id =
        ViolationApiTest.post(
                ViolationApiTest.service("ID"),
                ViolationApiTest.body(
                    "ID", "seller-" + UUID.randomUUID(), "COUNTERFEIT", "LOW", "PRODUCT_LISTING"))
            .then()
            .statusCode(201)
            .extract()
            .path("measures[0].id");
    String service = ViolationApiTest.service("ID");

    given()
        .contentType(ContentType.JSON)
        .body(Map.of("status", "EXECUTED"))
        .post(path(id))
        .then()
        .statusCode(401);
    report(
            TestTokens.forUser("m").roles("moderator").markets("ID").sign(),
            id,
            Map.of("status", "EXECUTED"))
        .then()
        .statusCode(403);
    report(ViolationApiTest.service("MY"), id, Map.of("status", "EXECUTED")).then().statusCode(403);
    report(service, UUID.randomUUID().toString(), Map.of("status", "EXECUTED"))
        .then()
        .statusCode(404);
    report(service, id, Map.of("status", "FAILED"))
        .then()
        .statusCode(400)
        .body("errors.field", hasItem("reason"));
    report(service, id, Map.of("status", "DONE")).then().statusCode(400);

    report(service, id, Map.of("status", "FAILED", "reason", "listing service timed out"))
        .then()
        .statusCode(200)
        .body("executionStatus", equalTo("FAILED"))
        .body("executionReason", equalTo("listing service timed out"));
    given()
        .auth()
        .oauth2(TestTokens.forUser("sre").roles("sre").markets("ID").sign())
        .queryParam("market", "ID")
        .get("/api/v1/actions/failed-executions")
        .then()
        .statusCode(200)
        .body("id", hasItem(id));
    given()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("shopwarden_enforcement_execution_failures_total"));

    report(service, id, Map.of("status", "EXECUTED"))
        .then()
        .statusCode(200)
        .body("executionStatus", equalTo("EXECUTED"));
  }

  private static Response report(String token, String id, Map<String, Object> body) {
    return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path(id));
  }

  private static String path(String id) {
    return "/api/v1/actions/" + id + "/execution";
  }
}
