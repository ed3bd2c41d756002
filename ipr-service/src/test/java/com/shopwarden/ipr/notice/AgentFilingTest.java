package com.shopwarden.ipr.notice;

import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.post;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An ipr-agent files for an organisation, within the agent's markets only. */
@QuarkusTest
class AgentFilingTest {

  @Test
  void anAgentFilesOnBehalfOfAnOrganisationInItsMarkets() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.now().plusYears(2));
    Map<String, Object> body = new HashMap<>(completeNotice("US", asset, unique("acct")));
    post(agent("US"), "/api/v1/ipr/notices", body)
        .statusCode(400)
        .body("errors[0].field", equalTo("organisationId"));
    body.put("organisationId", org);
    post(agent("ID"), "/api/v1/ipr/notices", body).statusCode(403);
    String auditor = TestTokens.forUser("aud").roles("auditor").markets("US").sign();
    post(auditor, "/api/v1/ipr/notices", body).statusCode(403);
    String noticeId =
        post(agent("US"), "/api/v1/ipr/notices", body)
            .statusCode(201)
            .body("organisationId", equalTo(org))
            .body("state", equalTo("SUBMITTED"))
            .extract()
            .path("noticeId");
    // The organisation follows it; auditors of the market read it.
    get(holder(org), "/api/v1/ipr/notices/" + noticeId).statusCode(200);
    get(auditor, "/api/v1/ipr/notices/" + noticeId).statusCode(200);
    post(auditor, "/api/v1/ipr/notices/" + noticeId + "/retraction", Map.of()).statusCode(403);
  }
}
