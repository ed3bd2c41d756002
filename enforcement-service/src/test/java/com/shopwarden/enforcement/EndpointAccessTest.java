package com.shopwarden.enforcement;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The refusing sides of endpoints whose allowed side the functional tests cover: without a token
 * 401, with a role the endpoint does not take or outside the caller's markets 403, always as
 * problem+json.
 */
@QuarkusTest
class EndpointAccessTest {

  private static final String ANY_ID = UUID.randomUUID().toString();
  private static final Map<String, Object> DECISION =
      Map.of("outcome", "UPHELD", "reason", "reviewed");

  @Test
  void appealReviewNeedsATokenAndAReviewerRole() {
    String creator =
        TestTokens.forUser("c").roles("creator").markets("ID").account("c-1", "CREATOR").sign();
    String moderator = TestTokens.forUser("m").roles("moderator").markets("ID").sign();
    refused(null, Method.GET, "/api/v1/appeals/" + ANY_ID, null, 401);
    refused(null, Method.GET, "/api/v1/appeals?market=ID", null, 401);
    refused(moderator, Method.GET, "/api/v1/appeals?market=ID", null, 403);
    refused(null, Method.POST, "/api/v1/appeals/claims?market=ID", null, 401);
    refused(creator, Method.POST, "/api/v1/appeals/claims?market=ID", null, 403);
    refused(
        TestTokens.forUser("s").roles("senior-moderator").markets("MY").sign(),
        Method.POST,
        "/api/v1/appeals/claims?market=ID",
        null,
        403);
    refused(null, Method.POST, "/api/v1/appeals/" + ANY_ID + "/claim", null, 401);
    refused(creator, Method.POST, "/api/v1/appeals/" + ANY_ID + "/claim", null, 403);
    refused(null, Method.POST, "/api/v1/appeals/" + ANY_ID + "/decision", DECISION, 401);
    refused(creator, Method.POST, "/api/v1/appeals/" + ANY_ID + "/decision", DECISION, 403);
    refused(
        TestTokens.forUser("p").roles("policy-admin").markets("ID").sign(),
        Method.GET,
        "/api/v1/appeals/" + ANY_ID,
        null,
        403);
  }

  @Test
  void auditEntriesFailedExecutionsStatementsAndMeasureListsRefuseStrangers() {
    refused(null, Method.GET, "/api/v1/audit/entries", null, 401);
    refused(
        TestTokens.forUser("m").roles("senior-moderator").markets("ID").sign(),
        Method.GET,
        "/api/v1/audit/entries",
        null,
        403);
    refused(null, Method.GET, "/api/v1/actions/failed-executions?market=ID", null, 401);
    refused(
        TestTokens.forUser("s").roles("seller").markets("ID").account("s-1", "SELLER").sign(),
        Method.GET,
        "/api/v1/actions/failed-executions?market=ID",
        null,
        403);
    refused(
        TestTokens.forUser("sre").roles("sre").markets("MY").sign(),
        Method.GET,
        "/api/v1/actions/failed-executions?market=ID",
        null,
        403);
    refused(null, Method.GET, "/api/v1/statements/" + ANY_ID, null, 401);
    refused(
        TestTokens.forUser("sre").roles("sre").markets("DE").sign(),
        Method.GET,
        "/api/v1/statements/" + ANY_ID,
        null,
        403);
    refused(null, Method.GET, "/api/v1/measures?market=ID&accountId=a-1", null, 401);
    refused(
        TestTokens.forUser("p").roles("policy-admin").markets("ID").sign(),
        Method.GET,
        "/api/v1/measures?market=ID&accountId=a-1",
        null,
        403);
    refused(
        TestTokens.forUser("m").roles("moderator").markets("MY").sign(),
        Method.GET,
        "/api/v1/measures?market=ID&accountId=a-1",
        null,
        403);
  }

  private static void refused(
      String token, Method method, String path, Map<String, Object> body, int status) {
    RequestSpecification request = given();
    if (token != null) {
      request = request.auth().oauth2(token);
    }
    if (body != null) {
      request = request.contentType(ContentType.JSON).body(body);
    }
    request
        .request(method, path)
        .then()
        .statusCode(status)
        .contentType(containsString("application/problem+json"))
        .body("status", equalTo(status));
  }
}
