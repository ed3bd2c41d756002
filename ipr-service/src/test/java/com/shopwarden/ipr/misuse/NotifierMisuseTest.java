package com.shopwarden.ipr.misuse;

import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** DSA Art. 23 for notifiers: flagged after unfounded notices, suspended only after a warning. */
@QuarkusTest
class NotifierMisuseTest {

  @Inject Clock clock;

  @Test
  void frequentlyUnfoundedNotifiersAreFlaggedAndSuspendedOnlyAfterAWarning() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    String agentToken = agent("US");
    for (int i = 0; i < 3; i++) {
      get(holder(org), "/api/v1/ipr/organisations/" + org + "/standing")
          .statusCode(200)
          .body("flagged", equalTo(false));
      String noticeId = file(org, completeNotice("US", asset, unique("acct")));
      post(agentToken, "/api/v1/ipr/notices/" + noticeId + "/claim", Map.of()).statusCode(200);
      post(
              agentToken,
              "/api/v1/ipr/notices/" + noticeId + "/decision",
              Map.of(
                  "outcome", "REJECTED",
                  "reason", "The mark is not used in the video at all.",
                  "manifestlyUnfounded", true))
          .statusCode(200);
    }
    get(holder(org), "/api/v1/ipr/organisations/" + org + "/standing")
        .statusCode(200)
        .body("flagged", equalTo(true))
        .body("manifestlyUnfoundedInWindow", equalTo(3))
        .body("suspended", equalTo(false));

    String until = clock.instant().plus(Duration.ofDays(30)).toString();
    Map<String, Object> suspension = Map.of("until", until, "reason", "repeated unfounded notices");
    post(agentToken, "/api/v1/ipr/organisations/" + org + "/suspension", suspension)
        .statusCode(409);
    post(holder(org), "/api/v1/ipr/organisations/" + org + "/misuse-warning", Map.of("reason", "x"))
        .statusCode(403);
    post(
            agentToken,
            "/api/v1/ipr/organisations/" + org + "/misuse-warning",
            Map.of("reason", "Three notices in six months were manifestly unfounded."))
        .statusCode(200);
    post(
            agentToken,
            "/api/v1/ipr/organisations/" + org + "/suspension",
            Map.of("until", clock.instant().plus(Duration.ofDays(400)).toString(), "reason", "r"))
        .statusCode(400);
    post(agentToken, "/api/v1/ipr/organisations/" + org + "/suspension", suspension)
        .statusCode(200)
        .body("suspended", equalTo(true));
    post(holder(org), "/api/v1/ipr/notices", completeNotice("US", asset, unique("acct")))
        .statusCode(403);
    get(holder(org), "/api/v1/ipr/organisations/" + org + "/history")
        .body(
            "entries.action",
            hasItems("MISUSE_FLAGGED", "MISUSE_WARNED", "NOTICE_PRIVILEGE_SUSPENDED"));
  }

  @Test
  void onlyARejectionCanFindANoticeUnfounded() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    String agentToken = agent("US");
    String noticeId = file(org, completeNotice("US", asset, unique("acct")));
    post(agentToken, "/api/v1/ipr/notices/" + noticeId + "/claim", Map.of()).statusCode(200);
    post(
            agentToken,
            "/api/v1/ipr/notices/" + noticeId + "/decision",
            Map.of("outcome", "UPHELD", "manifestlyUnfounded", true))
        .statusCode(400)
        .body("errors[0].field", equalTo("manifestlyUnfounded"));
  }
}
