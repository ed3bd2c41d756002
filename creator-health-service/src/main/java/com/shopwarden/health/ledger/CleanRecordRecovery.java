package com.shopwarden.health.ledger;

import com.shopwarden.health.model.CleanRecordRule;
import com.shopwarden.health.model.EntryExpiry;
import com.shopwarden.health.model.HealthPack;
import com.shopwarden.health.model.Restoration;
import com.shopwarden.market.Market;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Books the clean-record recovery a market's pack grants: for every {@code days} legal days since
 * the last active violation (or the last recovery) a ledger entry restores points, while active
 * points remain. Each step is its own entry, dated at the instant it fell due, so a pass after a
 * long pause books exactly the steps a timely one would have.
 */
@ApplicationScoped
public class CleanRecordRecovery {

  private final LedgerEntryRepository entries;

  public CleanRecordRecovery(LedgerEntryRepository entries) {
    this.entries = entries;
  }

  /**
   * What a pass booked.
   *
   * @param nextDue when the next recovery falls due; {@code null} when none will without a new
   *     violation
   * @param lastBooked the last entry this pass booked; {@code null} when it booked none
   */
  public record Outcome(Instant nextDue, UUID lastBooked) {

    static final Outcome NONE = new Outcome(null, null);
  }

  /** Books the recoveries due at {@code now} on a locked account. */
  public Uni<Outcome> recover(AccountHealth account, HealthPack pack, Market market, Instant now) {
    CleanRecordRule rule = pack.cleanRecord();
    if (rule == null) {
      return Uni.createFrom().item(Outcome.NONE);
    }
    return entries
        .activeAt(account.market, account.accountId, now)
        .flatMap(
            active ->
                entries
                    .latestReward(account.market, account.accountId, CleanRecordRule.CODE)
                    .flatMap(last -> book(account, rule, market, active, last, now)));
  }

  private Uni<Outcome> book(
      AccountHealth account,
      CleanRecordRule rule,
      Market market,
      List<LedgerEntry> active,
      LedgerEntry lastRecovery,
      Instant now) {
    int remaining = active.stream().mapToInt(e -> e.points).sum();
    Instant lastViolation =
        active.stream()
            .filter(e -> e.kind == EntryKind.VIOLATION)
            .map(e -> e.issuedAt)
            .max(Instant::compareTo)
            .orElse(null);
    if (remaining <= 0 || lastViolation == null) {
      return Uni.createFrom().item(Outcome.NONE);
    }
    Instant since =
        lastRecovery != null && lastRecovery.issuedAt.isAfter(lastViolation)
            ? lastRecovery.issuedAt
            : lastViolation;
    Instant due = EntryExpiry.expiresAt(market, since, rule.days());
    Instant until = Restoration.expiry(HealthReassessment.ledgerLines(active), now).orElse(now);
    Uni<Void> work = Uni.createFrom().voidItem();
    UUID lastBooked = null;
    while (!due.isAfter(now) && remaining > 0) {
      int restored = Restoration.amount(remaining, rule.points());
      remaining -= restored;
      LedgerEntry entry = entry(account, rule, restored, due, until);
      lastBooked = entry.id;
      work = work.chain(() -> entries.persist(entry)).replaceWithVoid();
      due = EntryExpiry.expiresAt(market, due, rule.days());
    }
    Outcome outcome = new Outcome(remaining > 0 ? due : null, lastBooked);
    return work.chain(() -> entries.flush()).replaceWith(outcome);
  }

  private static LedgerEntry entry(
      AccountHealth account, CleanRecordRule rule, int restored, Instant at, Instant until) {
    LedgerEntry entry = new LedgerEntry();
    entry.id = UUID.randomUUID();
    entry.market = account.market;
    entry.accountId = account.accountId;
    entry.kind = EntryKind.REWARD;
    entry.points = -restored;
    entry.reason = "clean record for " + rule.days() + " days";
    entry.rewardCode = CleanRecordRule.CODE;
    entry.violationKeys = "";
    entry.issuedAt = at;
    entry.expiresAt = until;
    return entry;
  }
}
