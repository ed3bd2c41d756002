package com.shopwarden.moderation.hashbank;

import static com.shopwarden.moderation.hashbank.BankFixtures.flipped;
import static com.shopwarden.moderation.hashbank.BankFixtures.randomHash;
import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.media.pdq.PdqHash;
import com.shopwarden.moderation.screening.MediaHash;
import com.shopwarden.moderation.screening.ScreeningOutcome.HashSignal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The pure matching rules, without the database. */
class MarketHashBanksTest {

  private static CompiledHashBank bank(
      String name, boolean negative, int distance, int quality, List<CompiledHashBank.Row> rows) {
    HashBankEntity b = new HashBankEntity();
    b.id = UUID.randomUUID();
    b.name = name;
    b.kind = negative ? "FALSE_POSITIVE" : "PROHIBITED_ITEM";
    b.negative = negative;
    b.maxDistance = distance;
    b.minQuality = quality;
    b.version = 1;
    return CompiledHashBank.of(b, rows);
  }

  private static MediaHash media(String hex, int quality) {
    return new MediaHash(PdqHash.fromHex(hex), quality);
  }

  @Test
  void everyBankIsQueriedNearestFirstAndBoundedPerBank() {
    String seed = randomHash();
    List<CompiledHashBank.Row> rows = new ArrayList<>();
    for (int d = 0; d < 15; d++) {
      rows.add(new CompiledHashBank.Row(flipped(seed, 14 - d), 80, "d" + (14 - d)));
    }
    MarketHashBanks banks =
        new MarketHashBanks(
            List.of(
                bank("a", false, 31, 50, rows),
                bank("b", false, 3, 50, List.of(new CompiledHashBank.Row(seed, 90, "exact")))));
    List<HashSignal> signals = banks.match(List.of(media(seed, 70)));
    assertThat(signals)
        .extracting(HashSignal::bank)
        .containsExactly("a", "a", "a", "a", "a", "a", "a", "a", "a", "a", "b");
    assertThat(signals.subList(0, 10))
        .extracting(HashSignal::distance)
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    assertThat(signals.get(10).label()).isEqualTo("exact");
  }

  @Test
  void aNegativeMatchSuppressesOnlyTheHashItMatches() {
    String seed = randomHash();
    String innocent = flipped(seed, 12);
    MarketHashBanks banks =
        new MarketHashBanks(
            List.of(
                bank("p", false, 31, 50, List.of(new CompiledHashBank.Row(seed, 90, "x"))),
                bank("n", true, 2, 50, List.of(new CompiledHashBank.Row(innocent, 90, "ok")))));
    assertThat(banks.match(List.of(media(flipped(innocent, 2), 90)))).isEmpty();
    assertThat(banks.match(List.of(media(flipped(seed, 3), 90))))
        .extracting(HashSignal::distance)
        .containsExactly(3);
    // Below the negative bank's quality the suppression does not apply either.
    MarketHashBanks strictNegative =
        new MarketHashBanks(
            List.of(
                bank("p", false, 31, 50, List.of(new CompiledHashBank.Row(seed, 90, "x"))),
                bank("n", true, 2, 95, List.of(new CompiledHashBank.Row(innocent, 99, "ok")))));
    assertThat(strictNegative.match(List.of(media(innocent, 90)))).hasSize(1);
  }
}
