package com.shopwarden.ipr.notice;

import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import com.shopwarden.ipr.IprFixtures;
import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filing with an Idempotency-Key: a repeat gets the first answer and files nothing. */
@QuarkusTest
class IdempotentFilingTest {

  @Inject Clock clock;

  private Instant start;

  @BeforeEach
  void remember() {
    start = clock.instant();
  }

  @AfterEach
  void resetClock() {
    IprFixtures.moveClock(clock, start);
  }

  @Test
  void aRepeatWithTheSameKeyAndBodyGetsTheFirstAnswer() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String token = holder(org);
    Map<String, Object> body = completeNotice("US", asset, unique("acct"));
    String key = "filing-" + unique("k");

    ExtractableResponse<Response> first = file(token, key, body).statusCode(201).extract();
    assertThat(first.header(NoticeResource.REPLAYED)).isNull();
    String noticeId = first.path("noticeId");
    ExtractableResponse<Response> repeat =
        file(token, key, body).statusCode(201).header(NoticeResource.REPLAYED, "true").extract();
    assertThat(repeat.asString()).isEqualTo(first.asString());
    get(token, "/api/v1/ipr/organisations/" + org + "/notices")
        .body("notices", hasSize(1))
        .body("notices[0].noticeId", equalTo(noticeId));

    // The same key with another body is refused, naming the header.
    Map<String, Object> changed = new HashMap<>(body);
    changed.put("explanation", "Another explanation entirely.");
    file(token, key, changed).statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
    // Keys belong to their caller: another member of the organisation files anew.
    String otherMember = holder(org);
    String otherNotice = file(otherMember, key, body).statusCode(201).extract().path("noticeId");
    assertThat(otherNotice).isNotEqualTo(noticeId);
    // Without a key every request files.
    String third = file(token, null, body).statusCode(201).extract().path("noticeId");
    assertThat(third).isNotIn(noticeId, otherNotice);
  }

  @Test
  void aKeyIsForgottenAfterItsTimeToLive() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String token = holder(org);
    Map<String, Object> body = completeNotice("US", asset, unique("acct"));
    String key = unique("k");
    String first = file(token, key, body).statusCode(201).extract().path("noticeId");
    ((AdjustableClock) clock).advance(Duration.ofHours(25));
    ExtractableResponse<Response> later = file(token, key, body).statusCode(201).extract();
    assertThat(later.header(NoticeResource.REPLAYED)).isNull();
    assertThat((String) later.path("noticeId")).isNotEqualTo(first);
  }

  @Test
  void aMalformedKeyIsABadRequest() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    file(holder(org), "x".repeat(256), completeNotice("US", asset, unique("acct")))
        .statusCode(400)
        .body("errors[0].field", equalTo("Idempotency-Key"));
  }

  private static ValidatableResponse file(String token, String key, Map<String, Object> body) {
    RequestSpecification request =
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body);
    if (key != null) {
      request = request.header("Idempotency-Key", key);
    }
    return request.post("/api/v1/ipr/notices").then();
  }
}
