package com.shopwarden.moderation.hashbank;

import com.shopwarden.media.index.HashMatch;
import com.shopwarden.moderation.screening.MediaHash;
import com.shopwarden.moderation.screening.ScreeningOutcome.HashSignal;
import java.util.ArrayList;
import java.util.List;

/**
 * The hash banks of one market. A media hash of sufficient quality is looked up in every bank;
 * matches within a bank's distance become signals, unless the same hash also matches a negative
 * bank of the market (a known false positive), which suppresses all of its matches. Pure and
 * lock-free: the indexes publish their state with a volatile write.
 */
public final class MarketHashBanks {

  /** At most this many signals per media hash and bank, nearest first, to bound a decision. */
  static final int MAX_MATCHES_PER_BANK = 10;

  private static final MarketHashBanks EMPTY = new MarketHashBanks(List.of());

  private final List<CompiledHashBank> positive = new ArrayList<>();
  private final List<CompiledHashBank> negative = new ArrayList<>();

  public MarketHashBanks(List<CompiledHashBank> banks) {
    for (CompiledHashBank b : banks) {
      (b.negative() ? negative : positive).add(b);
    }
  }

  public static MarketHashBanks empty() {
    return EMPTY;
  }

  /** Every unsuppressed match of the given media hashes, in bank order then nearest first. */
  public List<HashSignal> match(List<MediaHash> hashes) {
    if (positive.isEmpty() || hashes.isEmpty()) {
      return List.of();
    }
    List<HashSignal> signals = new ArrayList<>();
    for (MediaHash media : hashes) {
      List<HashSignal> found = new ArrayList<>();
      for (CompiledHashBank bank : positive) {
        if (media.quality() < bank.minQuality()) {
          continue;
        }
        List<HashMatch> matches = bank.index().query(media.hash(), bank.maxDistance());
        for (int i = 0; i < Math.min(MAX_MATCHES_PER_BANK, matches.size()); i++) {
          HashMatch m = matches.get(i);
          found.add(
              new HashSignal(
                  bank.name(),
                  bank.kind(),
                  m.distance(),
                  bank.labels().get(m.id()),
                  media.hash().toHex()));
        }
      }
      if (!found.isEmpty() && !knownFalsePositive(media)) {
        signals.addAll(found);
      }
    }
    return signals;
  }

  private boolean knownFalsePositive(MediaHash media) {
    for (CompiledHashBank bank : negative) {
      if (media.quality() >= bank.minQuality()
          && !bank.index().query(media.hash(), bank.maxDistance()).isEmpty()) {
        return true;
      }
    }
    return false;
  }
}
