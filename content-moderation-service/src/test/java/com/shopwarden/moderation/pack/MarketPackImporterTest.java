package com.shopwarden.moderation.pack;

import static com.shopwarden.moderation.ModerationFixtures.listing;
import static com.shopwarden.moderation.ModerationFixtures.strings;
import static com.shopwarden.moderation.ModerationFixtures.submit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** A pack creates what a market lacks, once, and its policy screens at once. */
@QuarkusTest
class MarketPackImporterTest {

  @Inject MarketPackImporter importer;

  @Test
  void importsOnceAndScreensWithIt() throws Throwable {
    MarketPack pack = importer.read("packs/sample.json");
    assertThat(
            VertxContextSupport.<Integer>subscribeAndAwait(
                () -> importer.apply("US", pack, "packs/sample.json")))
        .isEqualTo(2);
    assertThat(
            VertxContextSupport.<Integer>subscribeAndAwait(
                () -> importer.apply("US", pack, "packs/sample.json")))
        .isZero();
    assertThat(
            strings(
                "select distinct changed_by from policy_change where market = 'US' and change like"
                    + " '%frobnitz%'"))
        .containsExactly("pack:packs/sample.json");
    submit(listing("US", "seller-pack", "genuine Frobnitz"))
        .statusCode(201)
        .body("verdict", equalTo("REVIEW"))
        .body("policyCode", equalTo("PACK-SAMPLE"));
    submit(listing("US", "seller-pack", "a frobnitzer tool"))
        .statusCode(201)
        .body("verdict", equalTo("ALLOW"));
  }
}
