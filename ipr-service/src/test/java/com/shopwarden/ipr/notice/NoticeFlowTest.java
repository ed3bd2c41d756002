package com.shopwarden.ipr.notice;

import static com.shopwarden.ipr.IprFixtures.ADDRESS;
import static com.shopwarden.ipr.IprFixtures.EMAIL;
import static com.shopwarden.ipr.IprFixtures.NAME;
import static com.shopwarden.ipr.IprFixtures.PHONE;
import static com.shopwarden.ipr.IprFixtures.WAIT;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.events;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.payloadsMentioning;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Topics;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.ipr.NoticeRetracted;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.contracts.notification.RecipientKind;
import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filing per regime, the review queue, decisions, retraction and organisation scoping. */
@QuarkusTest
class NoticeFlowTest {

  private static final String COUNTER_NAME = "Sam Countersign";
  private static final String COUNTER_EMAIL = "sam@counter.example";
  private static final String COUNTER_PHONE = "+1 415 555 0123";
  private static final String COUNTER_ADDRESS = "9 Mission St, San Francisco";

  @Inject Clock clock;

  private Instant start;

  @BeforeEach
  void remember() {
    start = clock.instant();
  }

  @AfterEach
  void resetClock() {
    com.shopwarden.ipr.IprFixtures.moveClock(clock, start);
  }

  @Test
  void aCompleteUsNoticeIsSubmittedAndTheNotifierGetsAReceipt() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    String noticeId = file(org, completeNotice("US", asset, unique("acct")));
    get(holder(org), "/api/v1/ipr/notices/" + noticeId)
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"))
        .body("regime", equalTo("US_DMCA"))
        .body("missingElements", empty())
        .body("allowedNext", containsInAnyOrder("UNDER_REVIEW", "RETRACTED"));
    List<NotificationRequested> receipts =
        events(
            Topics.NOTIFICATIONS_REQUESTS,
            NotificationRequested.class,
            e -> noticeId.equals(e.parameters().get("noticeId")),
            1,
            WAIT);
    assertThat(receipts).hasSize(1);
    assertThat(receipts.get(0).templateId()).isEqualTo("ipr.notice.received");
    assertThat(receipts.get(0).recipient().kind()).isEqualTo(RecipientKind.NOTICE_CONTACT);
    assertThat(receipts.get(0).recipient().id()).isEqualTo(noticeId);
    // The contact is there for the messaging platform, and only for it and the agents.
    String service =
        com.shopwarden.testing.TestTokens.forUser("msg").roles("service").markets("*").sign();
    get(service, "/api/v1/ipr/notices/" + noticeId + "/contact")
        .statusCode(200)
        .body("email", equalTo(EMAIL));
    get(holder(org), "/api/v1/ipr/notices/" + noticeId + "/contact").statusCode(403);
  }

  @Test
  void aUsNoticeLackingOnlyTheSignatureIsIncompleteAndCanBeCompleted() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    Map<String, Object> body = new HashMap<>(completeNotice("US", asset, unique("acct")));
    body.remove("signature");
    body.put("accuracyStatement", false);
    String noticeId = file(org, body);
    get(holder(org), "/api/v1/ipr/notices/" + noticeId)
        .body("state", equalTo("INCOMPLETE"))
        .body("missingElements", contains("SIGNATURE", "ACCURACY_AND_AUTHORITY_STATEMENT"));
    List<NotificationRequested> asked =
        events(
            Topics.NOTIFICATIONS_REQUESTS,
            NotificationRequested.class,
            e -> noticeId.equals(e.parameters().get("noticeId")),
            1,
            WAIT);
    assertThat(asked.get(0).templateId()).isEqualTo("ipr.notice.incomplete");
    assertThat(asked.get(0).parameters().get("missingElements"))
        .isEqualTo("SIGNATURE,ACCURACY_AND_AUTHORITY_STATEMENT");
    // An incomplete notice is not in review.
    post(agent("US"), "/api/v1/ipr/notices/" + noticeId + "/claim", Map.of()).statusCode(409);

    post(
            holder(org),
            "/api/v1/ipr/notices/" + noticeId + "/supplement",
            Map.of("signature", "/Dana/", "accuracyStatement", true))
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"))
        .body("missingElements", empty());
  }

  @Test
  void aNoticeThatCannotIdentifyTheMaterialIsRefusedNamingWhatIsMissing() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    Map<String, Object> body = new HashMap<>(completeNotice("US", asset, unique("acct")));
    body.put("items", List.of());
    post(holder(org), "/api/v1/ipr/notices", body)
        .statusCode(422)
        .body("missingElements", contains("MATERIAL_IDENTIFIED", "MATERIAL_LOCATION"))
        .body("errors.field", hasItem("items"));
    Map<String, Object> noContact = new HashMap<>(completeNotice("US", asset, unique("acct")));
    noContact.put("contact", Map.of("name", NAME));
    post(holder(org), "/api/v1/ipr/notices", noContact)
        .statusCode(422)
        .body("missingElements", contains("NOTIFIER_ADDRESS", "NOTIFIER_PHONE", "NOTIFIER_EMAIL"));
  }

  @Test
  void dsaAndMarketplaceRegimesAskForTheirOwnElements() {
    String orgDe = verifiedOrganisation("DE");
    String assetDe = verifiedTrademark(orgDe, "DE", LocalDate.now().plusYears(2));
    Map<String, Object> de = new HashMap<>(completeNotice("DE", assetDe, unique("acct")));
    de.remove("signature");
    de.put("contact", Map.of("email", EMAIL));
    de.remove("explanation");
    String deNotice = file(orgDe, de);
    get(holder(orgDe), "/api/v1/ipr/notices/" + deNotice)
        .body("regime", equalTo("EU_DSA"))
        .body("state", equalTo("INCOMPLETE"))
        .body("missingElements", contains("NOTIFIER_NAME", "EXPLANATION"));

    String orgId = verifiedOrganisation("ID");
    Map<String, Object> id = new HashMap<>(completeNotice("ID", "unused", unique("acct")));
    id.remove("assetIds");
    id.put("workDescription", "Our unregistered packaging design");
    String idNotice = file(orgId, id);
    get(holder(orgId), "/api/v1/ipr/notices/" + idNotice)
        .body("regime", equalTo("MARKETPLACE_TERMS"))
        .body("state", equalTo("INCOMPLETE"))
        .body("missingElements", contains("REGISTERED_ASSET"));
  }

  @Test
  void anExpiredRegistrationCannotBackANotice() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusDays(10));
    ((AdjustableClock) clock).advance(Duration.ofDays(20));
    post(holder(org), "/api/v1/ipr/notices", completeNotice("US", asset, unique("acct")))
        .statusCode(422)
        .body("errors[0].field", equalTo("assetIds"))
        .body("errors[0].message", containsString("expired"));
  }

  @Test
  void anUpheldNoticePublishesOneViolationPerItem() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    String creator = unique("creator");
    String seller = unique("seller");
    Map<String, Object> body = new HashMap<>(completeNotice("US", asset, creator));
    body.put(
        "items",
        List.of(
            com.shopwarden.ipr.IprFixtures.item(unique("video"), creator, "CREATOR", true),
            com.shopwarden.ipr.IprFixtures.item(unique("listing"), seller, "SELLER", true)));
    String noticeId = file(org, body);
    String agentToken = agent("US");
    // Deciding without a claim is refused.
    post(agentToken, "/api/v1/ipr/notices/" + noticeId + "/decision", Map.of("outcome", "UPHELD"))
        .statusCode(409);
    decide(agentToken, noticeId, "UPHELD", null)
        .statusCode(200)
        .body("state", equalTo("UPHELD"))
        .body("items.violationKey", everyItem(notNullValue()));

    List<NoticeUpheld> upheld =
        events(Topics.IPR_NOTICES, NoticeUpheld.class, e -> e.noticeId().equals(noticeId), 2, WAIT);
    assertThat(upheld).hasSize(2);
    assertThat(upheld)
        .extracting(NoticeUpheld::accountType)
        .containsExactlyInAnyOrder(AccountType.CREATOR, AccountType.SELLER);
    NoticeUpheld first = upheld.get(0);
    assertThat(first.detection()).isEqualTo(Detection.NOTICE);
    assertThat(first.source()).isEqualTo(ViolationSource.ARTICLE_16);
    assertThat(first.organisationId()).isEqualTo(org);
    assertThat(first.assetIds()).containsExactly(asset);
    assertThat(first.violationKey()).startsWith("ipr-notice:" + noticeId + ":");
    assertThat(first.market()).isEqualTo("US");

    // Retraction of an upheld notice: the violations fall, per account.
    post(holder(org), "/api/v1/ipr/notices/" + noticeId + "/retraction", Map.of())
        .statusCode(200)
        .body("state", equalTo("RETRACTED"));
    List<NoticeRetracted> retracted =
        events(
            Topics.IPR_NOTICES, NoticeRetracted.class, e -> e.noticeId().equals(noticeId), 2, WAIT);
    assertThat(retracted)
        .extracting(NoticeRetracted::accountId)
        .containsExactlyInAnyOrder(creator, seller);
    // RETRACTED is final: a second retraction is a forbidden transition naming none allowed.
    post(holder(org), "/api/v1/ipr/notices/" + noticeId + "/retraction", Map.of())
        .statusCode(409)
        .body("allowed", empty());
  }

  @Test
  void aRejectionNeedsAReasonAndCanBeContestedOnceBeforeAnotherAgent() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    String noticeId = file(org, completeNotice("US", asset, unique("acct")));
    String first = agent("US");
    decide(first, noticeId, "REJECTED", null).statusCode(400);
    post(
            first,
            "/api/v1/ipr/notices/" + noticeId + "/decision",
            Map.of("outcome", "REJECTED", "reason", "The listing is an authorised reseller's."))
        .statusCode(200)
        .body("state", equalTo("REJECTED"))
        .body("decisionReason", equalTo("The listing is an authorised reseller's."));
    post(
            holder(org),
            "/api/v1/ipr/notices/" + noticeId + "/court-action",
            Map.of("caseReference", "1:25-cv-100"))
        .statusCode(409)
        .body("allowed", contains("SUBMITTED", "RETRACTED"));
    List<NotificationRequested> decided =
        events(
            Topics.NOTIFICATIONS_REQUESTS,
            NotificationRequested.class,
            e ->
                noticeId.equals(e.parameters().get("noticeId"))
                    && e.templateId().equals("ipr.notice.rejected"),
            1,
            WAIT);
    assertThat(decided).hasSize(1);

    post(
            holder(org),
            "/api/v1/ipr/notices/" + noticeId + "/contest",
            Map.of("reason", "The reseller's authorisation expired in 2024."))
        .statusCode(200)
        .body("state", equalTo("SUBMITTED"));
    // The second review belongs to another agent.
    post(first, "/api/v1/ipr/notices/" + noticeId + "/claim", Map.of()).statusCode(409);
    String second = agent("US");
    post(second, "/api/v1/ipr/notices/" + noticeId + "/claim", Map.of()).statusCode(200);
    post(
            second,
            "/api/v1/ipr/notices/" + noticeId + "/decision",
            Map.of("outcome", "REJECTED", "reason", "Authorisation still valid."))
        .statusCode(200);
    post(holder(org), "/api/v1/ipr/notices/" + noticeId + "/contest", Map.of("reason", "again"))
        .statusCode(409);
  }

  @Test
  void aRejectionCanBeContestedForSixMonthsOnly() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    String noticeId = file(org, completeNotice("US", asset, unique("acct")));
    decide(agent("US"), noticeId, "REJECTED", "No infringement.").statusCode(200);
    ((AdjustableClock) clock).advance(Duration.ofDays(190));
    post(holder(org), "/api/v1/ipr/notices/" + noticeId + "/contest", Map.of("reason", "late"))
        .statusCode(409)
        .body("deadline", notNullValue());
  }

  @Test
  void theQueuePutsTrustedHoldersFirstAndLeasesExpire() {
    String plain = verifiedOrganisation("MY");
    String trusted = verifiedOrganisation("MY");
    given()
        .auth()
        .oauth2(agent("MY"))
        .contentType("application/json")
        .body(Map.of("status", "PROGRAMME_PARTNER"))
        .put("/api/v1/ipr/organisations/" + trusted + "/trust")
        .then()
        .statusCode(200);
    String plainAsset = verifiedTrademark(plain, "MY", LocalDate.now().plusYears(2));
    String trustedAsset = verifiedTrademark(trusted, "MY", LocalDate.now().plusYears(2));
    String plainNotice = file(plain, completeNotice("MY", plainAsset, unique("acct")));
    String trustedNotice = file(trusted, completeNotice("MY", trustedAsset, unique("acct")));

    List<String> queue =
        get(agent("MY"), "/api/v1/ipr/review-queue?market=MY")
            .statusCode(200)
            .extract()
            .path("notices.noticeId");
    assertThat(queue.indexOf(trustedNotice)).isLessThan(queue.indexOf(plainNotice));

    String alice = agent("MY");
    String bob = agent("MY");
    String firstClaim = claimNext(alice);
    assertThat(firstClaim).isEqualTo(queue.get(0));
    String secondClaim = claimNext(bob);
    assertThat(secondClaim).isNotEqualTo(firstClaim);
    // Bob cannot take Alice's notice while her lease runs.
    post(bob, "/api/v1/ipr/notices/" + firstClaim + "/claim", Map.of()).statusCode(409);
    ((AdjustableClock) clock).advance(Duration.ofMinutes(16));
    post(bob, "/api/v1/ipr/notices/" + firstClaim + "/claim", Map.of()).statusCode(200);
    post(alice, "/api/v1/ipr/notices/" + firstClaim + "/decision", Map.of("outcome", "UPHELD"))
        .statusCode(409);
    // Agents of another market see neither the queue nor the notice.
    get(agent("ID"), "/api/v1/ipr/review-queue?market=MY").statusCode(403);
    get(agent("ID"), "/api/v1/ipr/notices/" + firstClaim).statusCode(403);
  }

  @Test
  void rightsHoldersSeeOnlyTheirOwnNotices() {
    String orgA = verifiedOrganisation("US");
    String orgB = verifiedOrganisation("US");
    String asset = verifiedTrademark(orgA, "US", LocalDate.now().plusYears(2));
    String noticeId = file(orgA, completeNotice("US", asset, unique("acct")));
    get(holder(orgB), "/api/v1/ipr/notices/" + noticeId).statusCode(404);
    get(holder(orgB), "/api/v1/ipr/notices/" + noticeId + "/history").statusCode(404);
    post(holder(orgB), "/api/v1/ipr/notices/" + noticeId + "/retraction", Map.of()).statusCode(404);
    get(holder(orgB), "/api/v1/ipr/organisations/" + orgA + "/notices").statusCode(403);
    get(holder(orgA), "/api/v1/ipr/organisations/" + orgA + "/notices")
        .statusCode(200)
        .body("notices.noticeId", contains(noticeId));
    // Filing for another organisation, or citing its asset, is refused.
    Map<String, Object> forA = new HashMap<>(completeNotice("US", asset, unique("acct")));
    forA.put("organisationId", orgA);
    post(holder(orgB), "/api/v1/ipr/notices", forA).statusCode(403);
    forA.remove("organisationId");
    post(holder(orgB), "/api/v1/ipr/notices", forA).statusCode(422);
    given().get("/api/v1/ipr/notices/" + noticeId).then().statusCode(401);
    String creator = com.shopwarden.ipr.IprFixtures.account(unique("c"), "CREATOR");
    get(creator, "/api/v1/ipr/notices/" + noticeId).statusCode(403);
  }

  @Test
  void noContactDataReachesAnyEventOrLog() {
    List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {
            logged.add(
                String.valueOf(record.getMessage())
                    + " "
                    + java.util.Arrays.toString(record.getParameters()));
            if (record.getThrown() != null) {
              logged.add(String.valueOf(record.getThrown()));
            }
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
    root.addHandler(capture);
    try {
      flowWithContactData();
    } finally {
      root.removeHandler(capture);
    }
    assertThat(logged).isNotEmpty();
    for (String personal : PERSONAL) {
      assertThat(logged).as("logs / " + personal).noneMatch(line -> line.contains(personal));
    }
  }

  /** The notifier's and the counter-notifier's contact data the flow files. */
  private static final List<String> PERSONAL =
      List.of(
          EMAIL, PHONE, NAME, ADDRESS, COUNTER_NAME, COUNTER_EMAIL, COUNTER_PHONE, COUNTER_ADDRESS);

  private void flowWithContactData() {
    java.util.logging.Logger.getLogger(NoticeFlowTest.class.getName()).info("contact data flow");
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    String creator = unique("acct");
    String noticeId = file(org, completeNotice("US", asset, creator));
    decide(agent("US"), noticeId, "UPHELD", null).statusCode(200);
    assertThat(
            events(
                Topics.IPR_NOTICES,
                NoticeUpheld.class,
                e -> e.noticeId().equals(noticeId),
                1,
                WAIT))
        .hasSize(1);
    Map<String, Object> counter = new HashMap<>();
    counter.put("materialLocation", "https://shop.example/v/1");
    counter.put("explanation", "Genuine stock.");
    counter.put("name", COUNTER_NAME);
    counter.put("email", COUNTER_EMAIL);
    counter.put("phone", COUNTER_PHONE);
    counter.put("address", COUNTER_ADDRESS);
    counter.put("signature", "/" + COUNTER_NAME + "/");
    counter.put("goodFaithMistakeStatement", true);
    counter.put("consentToJurisdiction", true);
    counter.put("acceptsServiceOfProcess", true);
    post(
            com.shopwarden.ipr.IprFixtures.account(creator, "CREATOR"),
            "/api/v1/ipr/notices/" + noticeId + "/counter-notices",
            counter)
        .statusCode(201);
    // The copy to the notifier is out: the counter-notifier is referred to, not quoted.
    assertThat(
            events(
                Topics.NOTIFICATIONS_REQUESTS,
                NotificationRequested.class,
                e ->
                    noticeId.equals(e.parameters().get("noticeId"))
                        && e.templateId().equals("ipr.counter-notice.copy"),
                1,
                WAIT))
        .hasSize(1);
    for (String topic : List.of(Topics.NOTIFICATIONS_REQUESTS, Topics.IPR_NOTICES)) {
      for (String personal : PERSONAL) {
        assertThat(payloadsMentioning(topic, personal)).as(topic + " / " + personal).isEmpty();
      }
    }
  }

  private static String claimNext(String token) {
    return post(token, "/api/v1/ipr/review-queue/claims", Map.of("market", "MY"))
        .statusCode(200)
        .body("state", equalTo("UNDER_REVIEW"))
        .extract()
        .path("noticeId");
  }
}
