package com.shopwarden.ipr.attachment;

import static com.shopwarden.ipr.IprFixtures.account;
import static com.shopwarden.ipr.IprFixtures.agent;
import static com.shopwarden.ipr.IprFixtures.completeNotice;
import static com.shopwarden.ipr.IprFixtures.decide;
import static com.shopwarden.ipr.IprFixtures.file;
import static com.shopwarden.ipr.IprFixtures.get;
import static com.shopwarden.ipr.IprFixtures.holder;
import static com.shopwarden.ipr.IprFixtures.unique;
import static com.shopwarden.ipr.IprFixtures.verifiedOrganisation;
import static com.shopwarden.ipr.IprFixtures.verifiedTrademark;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import com.shopwarden.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Evidence files on notices: types checked by content, size and count bounded, scoped reads. */
@QuarkusTest
class AttachmentTest {

  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Test
  void anEvidenceFileIsStoredListedAndSentBackAsAnAttachment() throws Exception {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String noticeId = file(org, completeNotice("US", asset, unique("acct")));
    String attachmentId =
        upload(holder(org), noticeId, "registration certificate é.pdf", "application/pdf", PDF)
            .statusCode(201)
            .body("contentType", equalTo("application/pdf"))
            .body("sizeBytes", equalTo(PDF.length))
            .body("sha256", equalTo(sha256(PDF)))
            .extract()
            .path("attachmentId");
    get(agent("US"), "/api/v1/ipr/notices/" + noticeId + "/attachments")
        .statusCode(200)
        .body("attachments.attachmentId", contains(attachmentId))
        .body("attachments[0].name", equalTo("registration certificate é.pdf"))
        .body("nextCursor", nullValue());
    byte[] downloaded =
        given()
            .auth()
            .oauth2(holder(org))
            .get("/api/v1/ipr/notices/" + noticeId + "/attachments/" + attachmentId + "/content")
            .then()
            .statusCode(200)
            .contentType("application/pdf")
            .header("X-Content-Type-Options", "nosniff")
            .header("Content-Disposition", containsString("attachment; filename=\""))
            .header("Content-Disposition", containsString("filename*=UTF-8''registration"))
            .extract()
            .asByteArray();
    assertThat(downloaded).isEqualTo(PDF);
    get(holder(org), "/api/v1/ipr/notices/" + noticeId + "/history")
        .body("entries.action", hasItem("ATTACHMENT_ADDED"))
        .body("entries.detail", everyItem(not(containsString("certificate"))));
  }

  @Test
  void oversizedMismatchedAndUnsupportedFilesAreRefused() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String noticeId = file(org, completeNotice("US", asset, unique("acct")));
    String token = holder(org);
    byte[] big = Arrays.copyOf(PDF, 1_000_001);
    upload(token, noticeId, "big.pdf", "application/pdf", big)
        .statusCode(413)
        .contentType("application/problem+json")
        .body("maxBytes", equalTo(1_000_000));
    // Declared as PNG, but the content is a PDF.
    upload(token, noticeId, "shot.png", "image/png", PDF)
        .statusCode(415)
        .body("detail", containsString("not a image/png file"));
    upload(token, noticeId, "page.html", "text/html", "<html></html>".getBytes())
        .statusCode(415)
        .body("allowed", contains("application/pdf", "image/png", "image/jpeg"));
    upload(token, noticeId, "empty.pdf", "application/pdf", new byte[0]).statusCode(422);
    upload(token, noticeId, "../etc/passwd", "application/pdf", PDF)
        .statusCode(400)
        .body("errors[0].field", equalTo("name"));
    get(token, "/api/v1/ipr/notices/" + noticeId + "/attachments").body("attachments", hasSize(0));
  }

  @Test
  void aNoticeHoldsAtMostTenFilesAndOnlyWhileItAwaitsReview() {
    String org = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String noticeId = file(org, completeNotice("US", asset, unique("acct")));
    String token = holder(org);
    byte[] png = Arrays.copyOf(PNG_SIGNATURE, 64);
    for (int i = 0; i < 10; i++) {
      upload(token, noticeId, "shot-" + i + ".png", "image/png", png).statusCode(201);
    }
    upload(token, noticeId, "shot-10.png", "image/png", png)
        .statusCode(409)
        .body("maxAttachments", equalTo(10));
    // Pages of the list follow one another without overlap.
    ValidatableResponse first =
        get(token, "/api/v1/ipr/notices/" + noticeId + "/attachments?limit=6").statusCode(200);
    List<String> firstIds = first.extract().path("attachments.attachmentId");
    String cursor = first.extract().path("nextCursor");
    List<String> secondIds =
        get(token, "/api/v1/ipr/notices/" + noticeId + "/attachments?limit=6&cursor=" + cursor)
            .body("nextCursor", nullValue())
            .extract()
            .path("attachments.attachmentId");
    assertThat(firstIds).hasSize(6).doesNotContainAnyElementsOf(secondIds);
    assertThat(secondIds).hasSize(4);

    String decided = file(org, completeNotice("US", asset, unique("acct")));
    decide(agent("US"), decided, "UPHELD", null).statusCode(200);
    upload(token, decided, "late.pdf", "application/pdf", PDF)
        .statusCode(409)
        .body("state", equalTo("UPHELD"));
  }

  @Test
  void attachmentsAreScopedLikeTheirNotice() {
    String org = verifiedOrganisation("US");
    String other = verifiedOrganisation("US");
    String asset = verifiedTrademark(org, "US", LocalDate.of(2040, 1, 1));
    String noticeId = file(org, completeNotice("US", asset, unique("acct")));
    String attachmentId =
        upload(agent("US"), noticeId, "licence.pdf", "application/pdf", PDF)
            .statusCode(201)
            .extract()
            .path("attachmentId");
    String list = "/api/v1/ipr/notices/" + noticeId + "/attachments";
    String content = list + "/" + attachmentId + "/content";
    get(holder(other), list).statusCode(404);
    get(holder(other), content).statusCode(404);
    upload(holder(other), noticeId, "x.pdf", "application/pdf", PDF).statusCode(404);
    get(agent("DE"), list).statusCode(403);
    String auditor = TestTokens.forUser("aud").roles("auditor").markets("US").sign();
    get(auditor, content).statusCode(200);
    upload(auditor, noticeId, "x.pdf", "application/pdf", PDF).statusCode(403);
    get(account(unique("c"), "CREATOR"), list).statusCode(403);
    given().get(list).then().statusCode(401);
    get(holder(org), list + "/" + UUID.randomUUID() + "/content").statusCode(404);
  }

  private static ValidatableResponse upload(
      String token, String noticeId, String name, String type, byte[] content) {
    return given()
        .auth()
        .oauth2(token)
        .contentType(type)
        .queryParam("name", name)
        .body(content)
        .post("/api/v1/ipr/notices/" + noticeId + "/attachments")
        .then();
  }

  private static String sha256(byte[] content) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
  }
}
