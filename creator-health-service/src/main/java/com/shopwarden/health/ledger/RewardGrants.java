package com.shopwarden.health.ledger;

import com.shopwarden.health.api.RewardGrant;
import com.shopwarden.health.api.RewardRequest;
import com.shopwarden.health.model.EntryExpiry;
import com.shopwarden.health.model.HealthPack;
import com.shopwarden.health.model.HealthPacks;
import com.shopwarden.health.model.LedgerLine;
import com.shopwarden.health.model.Restoration;
import com.shopwarden.health.model.RewardRule;
import com.shopwarden.market.Market;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Grants the rewards of a market's pack, each at most once per its period, as ledger entries that
 * restore points; the account's health is reassessed and published in the same transaction.
 */
@ApplicationScoped
public class RewardGrants {

  private final HealthPacks packs;
  private final HealthReassessment reassessment;
  private final AccountHealthRepository accounts;
  private final LedgerEntryRepository entries;
  private final Clock clock;

  public RewardGrants(
      HealthPacks packs,
      HealthReassessment reassessment,
      AccountHealthRepository accounts,
      LedgerEntryRepository entries,
      Clock clock) {
    this.packs = packs;
    this.reassessment = reassessment;
    this.accounts = accounts;
    this.entries = entries;
    this.clock = clock;
  }

  /** Grants the reward, or returns the original grant for a repeated reference. */
  @WithTransaction
  public Uni<RewardGrant> grant(Market market, String accountId, RewardRequest request) {
    HealthPack pack = packs.of(market.code());
    RewardRule rule = pack.rewards().get(request.reward());
    if (rule == null) {
      throw ProblemException.invalidField("reward", "not a reward of market " + pack.market())
          .with("allowed", pack.rewards().keySet().stream().sorted().toList());
    }
    String code = market.code().name();
    Instant now = clock.instant();
    return accounts
        .lockAccount(code, accountId)
        .flatMap(
            account -> {
              if (account == null) {
                throw noPoints(accountId);
              }
              return entries
                  .rewardByReference(code, accountId, request.reward(), request.reference())
                  .flatMap(
                      repeat ->
                          repeat != null
                              ? Uni.createFrom().item(view(repeat, market, rule))
                              : fresh(account, market, rule, request, now));
            });
  }

  private Uni<RewardGrant> fresh(
      AccountHealth account, Market market, RewardRule rule, RewardRequest request, Instant now) {
    return entries
        .latestReward(account.market, account.accountId, request.reward())
        .flatMap(
            last -> {
              if (last != null) {
                Instant eligible = EntryExpiry.expiresAt(market, last.issuedAt, rule.periodDays());
                if (eligible.isAfter(now)) {
                  throw ProblemException.conflict(
                          request.reward()
                              + " was granted on "
                              + last.issuedAt
                              + "; it is granted once per "
                              + rule.periodDays()
                              + " days")
                      .with("nextEligibleAt", eligible.toString());
                }
              }
              return entries
                  .activeAt(account.market, account.accountId, now)
                  .flatMap(active -> book(account, market, rule, request, active, now));
            });
  }

  private Uni<RewardGrant> book(
      AccountHealth account,
      Market market,
      RewardRule rule,
      RewardRequest request,
      List<LedgerEntry> active,
      Instant now) {
    List<LedgerLine> lines = HealthReassessment.ledgerLines(active);
    int activePoints = lines.stream().mapToInt(l -> l.points()).sum();
    int restored = Restoration.amount(activePoints, rule.points());
    if (restored == 0) {
      throw noPoints(account.accountId);
    }
    LedgerEntry entry = new LedgerEntry();
    entry.id = UUID.randomUUID();
    entry.market = account.market;
    entry.accountId = account.accountId;
    entry.kind = EntryKind.REWARD;
    entry.points = -restored;
    entry.reason = rule.description();
    entry.rewardCode = request.reward();
    entry.reference = request.reference();
    entry.violationKeys = "";
    entry.issuedAt = now;
    entry.expiresAt = Restoration.expiry(lines, now).orElseThrow();
    return entries
        .persistAndFlush(entry)
        .chain(() -> reassessment.reassess(account, now, entry.id))
        .replaceWith(() -> view(entry, market, rule));
  }

  private static RewardGrant view(LedgerEntry entry, Market market, RewardRule rule) {
    return new RewardGrant(
        entry.id,
        entry.rewardCode,
        entry.reference,
        -entry.points,
        entry.issuedAt,
        entry.expiresAt,
        EntryExpiry.expiresAt(market, entry.issuedAt, rule.periodDays()));
  }

  private static ProblemException noPoints(String accountId) {
    return new ProblemException(
        ProblemType.UNPROCESSABLE,
        "account " + accountId + " has no active points for the reward to restore");
  }
}
