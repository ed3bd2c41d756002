package com.shopwarden.moderation.account;

import static com.shopwarden.moderation.ModerationFixtures.addTerm;
import static com.shopwarden.moderation.ModerationFixtures.count;
import static com.shopwarden.moderation.ModerationFixtures.createList;
import static com.shopwarden.moderation.ModerationFixtures.saveStrategy;
import static com.shopwarden.moderation.ModerationFixtures.send;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.moderation.ModerationFixtures;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The account context read model (HealthChanged) and strategies that read it, in market ID. */
@QuarkusTest
class AccountContextTest {

  @Test
  void healthChangedFeedsStrategiesThatReadTheAccount() {
    String risky = "creator-" + UUID.randomUUID();
    String fine = "creator-" + UUID.randomUUID();
    Instant now = Instant.now();
    HealthChanged event =
        new HealthChanged(
            UUID.randomUUID(),
            "ID",
            now,
            risky,
            AccountType.CREATOR,
            Tier.AT_RISK,
            14,
            null,
            null,
            null);
    send(event);
    send(event);
    // An older event arriving late does not overwrite the newer state.
    HealthChanged older =
        new HealthChanged(
            UUID.randomUUID(),
            "ID",
            now.minusSeconds(60),
            risky,
            AccountType.CREATOR,
            Tier.GOOD,
            2,
            null,
            null,
            null);
    send(older);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "select count(*) from processed_event where consumer ="
                            + " 'content-moderation.account-context' and event_id in (?, ?)",
                        event.eventId().toString(),
                        older.eventId().toString())
                    == 2);
    assertThat(
            strings(
                "select tier || ':' || active_points from account_context where account_id = ?",
                risky))
        .containsExactly("AT_RISK:14");

    createList("ID", "risky-id", "id").statusCode(201);
    addTerm("ID", "risky-id", "obat kuat", "PHRASE", "MEDIUM").statusCode(200);
    saveStrategy(
            "ID",
            "at-risk-medical",
            "account.tier in [\"AT_RISK\", \"CAUTION\"] && signals.terms.exists(t, t.list =="
                + " \"risky-id\")",
            "BLOCK",
            "MEDICAL-CLAIMS",
            "HIGH")
        .statusCode(200);

    submit(video(risky, "Jual OBAT-KUAT asli")).statusCode(201).body("verdict", equalTo("BLOCK"));
    submit(video(fine, "Jual OBAT-KUAT asli")).statusCode(201).body("verdict", equalTo("ALLOW"));
  }

  @Test
  void recentViolationsFromHealthChangedAreReadByStrategies() {
    String repeat = "creator-" + UUID.randomUUID();
    String once = "creator-" + UUID.randomUUID();
    String unsaid = "creator-" + UUID.randomUUID();
    Instant now = Instant.now();
    List<HealthChanged> events =
        List.of(
            health(repeat, now, 3),
            health(once, now, 1),
            // An older producer that does not send the figure.
            new HealthChanged(
                UUID.randomUUID(),
                "ID",
                now,
                unsaid,
                AccountType.CREATOR,
                Tier.GOOD,
                9,
                null,
                null,
                null));
    events.forEach(ModerationFixtures::send);
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                count(
                        "select count(*) from account_context where account_id in (?, ?, ?)",
                        repeat,
                        once,
                        unsaid)
                    == 3);
    assertThat(
            strings(
                "select account_id || ':' || coalesce(recent_violations::text, 'null')"
                    + " from account_context where account_id in (?, ?, ?) order by account_id",
                repeat,
                once,
                unsaid))
        .containsExactlyInAnyOrder(repeat + ":3", once + ":1", unsaid + ":null");

    createList("ID", "repeat-offers-id", "id").statusCode(201);
    addTerm("ID", "repeat-offers-id", "cuci gudang", "PHRASE", "LOW").statusCode(200);
    saveStrategy(
            "ID",
            "repeat-offender-clearance",
            "account.recentViolations >= 3 && signals.terms.exists(t, t.list =="
                + " \"repeat-offers-id\")",
            "REVIEW",
            "REPEAT-OFFENDER",
            "MEDIUM")
        .statusCode(200);

    submit(video(repeat, "Promo cuci gudang hari ini"))
        .statusCode(201)
        .body("verdict", equalTo("REVIEW"))
        .body("decidedBy.name", equalTo("repeat-offender-clearance"));
    submit(video(once, "Promo cuci gudang hari ini"))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"));
    submit(video(unsaid, "Promo cuci gudang hari ini"))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"));

    // A newer event raises the count; the next item sees it.
    send(health(once, now.plusSeconds(5), 4));
    await()
        .atMost(Duration.ofSeconds(30))
        .until(
            () ->
                strings(
                        "select recent_violations::text from account_context where account_id = ?",
                        once)
                    .equals(List.of("4")));
    submit(video(once, "Promo cuci gudang hari ini"))
        .statusCode(201)
        .body("verdict", equalTo("REVIEW"));
  }

  private static HealthChanged health(String creator, Instant at, int recentViolations) {
    return new HealthChanged(
        UUID.randomUUID(),
        "ID",
        at,
        creator,
        AccountType.CREATOR,
        Tier.GOOD,
        recentViolations * 2,
        null,
        null,
        null,
        recentViolations);
  }

  private static Map<String, Object> video(String creator, String caption) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("sourcePlatform", "video-app");
    body.put("externalId", "video-" + UUID.randomUUID());
    body.put("version", 1);
    body.put("kind", "SHORT_VIDEO");
    body.put("market", "ID");
    body.put("language", "id");
    body.put("account", Map.of("creatorId", creator));
    body.put("text", Map.of("captions", caption));
    body.put("reach", Map.of("followers", 120_000));
    return body;
  }
}
