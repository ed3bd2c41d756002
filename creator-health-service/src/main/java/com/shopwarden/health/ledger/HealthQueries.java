package com.shopwarden.health.ledger;

import com.shopwarden.health.api.EntryView;
import com.shopwarden.health.api.HealthView;
import com.shopwarden.health.api.NextMilestoneView;
import com.shopwarden.health.api.PrivilegesView;
import com.shopwarden.health.api.SignalsView;
import com.shopwarden.health.api.TierChangeView;
import com.shopwarden.health.model.Assessment;
import com.shopwarden.health.model.HealthPack;
import com.shopwarden.health.model.HealthPacks;
import com.shopwarden.health.model.ModelKind;
import com.shopwarden.health.signals.SignalWindows;
import com.shopwarden.market.Market;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Answers what an account's health and privileges are now, derived from the ledger at the current
 * instant (so an answer never lags the scheduler).
 */
@ApplicationScoped
public class HealthQueries {

  /** Tier changes shown in a health answer. */
  static final int TIER_HISTORY_LIMIT = 50;

  private final HealthPacks packs;
  private final HealthReassessment reassessment;
  private final AccountHealthRepository accounts;
  private final LedgerEntryRepository entries;
  private final TierChangeRepository tierChanges;
  private final Clock clock;
  private final SignalWindows signals;

  public HealthQueries(
      SignalWindows signals,
      HealthPacks packs,
      HealthReassessment reassessment,
      AccountHealthRepository accounts,
      LedgerEntryRepository entries,
      TierChangeRepository tierChanges,
      Clock clock) {
    this.packs = packs;
    this.reassessment = reassessment;
    this.accounts = accounts;
    this.entries = entries;
    this.tierChanges = tierChanges;
    this.clock = clock;
    this.signals = signals;
  }

  /** The account's health in the market; a clean record for an account never booked here. */
  @WithSession
  public Uni<HealthView> health(Market market, String accountId) {
    Instant now = clock.instant();
    String code = market.code().name();
    HealthPack pack = packs.of(market.code());
    return accounts
        .findAccount(code, accountId)
        .flatMap(
            account ->
                entries
                    .activeAt(code, accountId, now)
                    .flatMap(
                        active ->
                            reassessment
                                .assess(code, accountId, now)
                                .flatMap(
                                    assessment ->
                                        tierChanges
                                            .latest(code, accountId, TIER_HISTORY_LIMIT)
                                            .flatMap(
                                                history ->
                                                    signals
                                                        .of(market, accountId)
                                                        .map(
                                                            windows ->
                                                                view(
                                                                    pack,
                                                                    accountId,
                                                                    account,
                                                                    active,
                                                                    assessment,
                                                                    history,
                                                                    windows,
                                                                    now))))));
  }

  /** The account's privileges in the market now. */
  @WithSession
  public Uni<PrivilegesView> privileges(Market market, String accountId) {
    Instant now = clock.instant();
    return reassessment
        .assess(market.code().name(), accountId, now)
        .map(assessment -> privilegesView(market.code().name(), accountId, assessment, now));
  }

  private static HealthView view(
      HealthPack pack,
      String accountId,
      AccountHealth account,
      List<LedgerEntry> active,
      Assessment assessment,
      List<TierChange> history,
      SignalsView windows,
      Instant now) {
    boolean points = pack.model() == ModelKind.POINTS;
    NextMilestoneView next =
        assessment
            .nextMilestone()
            .map(m -> new NextMilestoneView(m, Math.abs(m - assessment.figure())))
            .orElse(null);
    boolean warning = points && next != null && next.distance() <= pack.points().warningDistance();
    return new HealthView(
        accountId,
        pack.market(),
        account == null ? null : account.accountType,
        pack.model(),
        pack.version(),
        assessment.tier(),
        points ? assessment.figure() : null,
        points ? null : assessment.figure(),
        next,
        warning,
        active.stream().map(HealthQueries::entryView).toList(),
        privilegesView(pack.market(), accountId, assessment, now),
        history.stream()
            .map(c -> new TierChangeView(c.fromTier, c.toTier, c.figure, c.changedAt))
            .toList(),
        windows,
        now);
  }

  private static EntryView entryView(LedgerEntry e) {
    return new EntryView(
        e.id,
        e.kind.name(),
        e.points,
        e.reason,
        e.actionId,
        e.measureType,
        e.violationKeys.isEmpty() ? List.of() : List.of(e.violationKeys.split("\n")),
        e.policyCode,
        e.severity,
        e.issuedAt,
        e.expiresAt);
  }

  static PrivilegesView privilegesView(
      String market, String accountId, Assessment assessment, Instant now) {
    return new PrivilegesView(
        accountId,
        market,
        assessment.tier(),
        assessment.privileges().eligibility(),
        assessment.privileges().rewards(),
        assessment.privileges().activeRestrictions(),
        assessment.affiliateCommissionRate(),
        assessment.listingQuota(),
        now);
  }
}
