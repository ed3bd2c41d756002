package com.shopwarden.moderation.review;

import static com.shopwarden.moderation.ModerationFixtures.submit;
import static com.shopwarden.moderation.review.ReviewFixtures.drain;
import static com.shopwarden.moderation.review.ReviewFixtures.flaggingPolicy;
import static com.shopwarden.moderation.review.ReviewFixtures.item;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.testing.AdjustableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Queue depth and oldest-overdue age as Prometheus gauges. */
@QuarkusTest
class QueueGaugesTest {

  @Inject Clock clock;
  @Inject QueueGauges gauges;

  @Test
  void gaugesShowDepthAndHowLongTheOldestTaskIsOverdue() throws Throwable {
    flaggingPolicy("ID", "rq-gauge", "qzgauge", "OFF_PLATFORM_TRADE");
    drain("ID.listing");
    submit(item("ID", "en", "PRODUCT_LISTING", "qzgauge", "HIGH")).statusCode(201);
    ((AdjustableClock) clock).advance(Duration.ofMinutes(30));
    submit(item("ID", "en", "PRODUCT_LISTING", "qzgauge", "HIGH")).statusCode(201);
    // The first task's 8 hours ran out an hour ago.
    ((AdjustableClock) clock).advance(Duration.ofHours(8).plusMinutes(30));
    VertxContextSupport.subscribeAndAwait(gauges::refresh);

    String metrics = given().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains("shopwarden_review_queue_depth{market=\"ID\",queue=\"ID.listing\"} 2.0")
        .contains(
            "shopwarden_review_queue_oldest_overdue_seconds{market=\"ID\",queue=\"ID.listing\"}"
                + " 3600.0")
        .contains("shopwarden_review_queue_depth{market=\"DE\",queue=\"DE.escalation\"}");
    drain("ID.listing");
    VertxContextSupport.subscribeAndAwait(gauges::refresh);
    assertThat(given().get("/q/metrics").then().extract().asString())
        .contains("shopwarden_review_queue_depth{market=\"ID\",queue=\"ID.listing\"} 0.0");
  }
}
