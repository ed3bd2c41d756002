package com.shopwarden.health.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.HealthChanged;
import com.shopwarden.contracts.health.MilestoneCrossing;
import com.shopwarden.contracts.health.Privileges;
import com.shopwarden.contracts.health.PrivilegesChanged;
import com.shopwarden.contracts.health.Tier;
import com.shopwarden.health.model.Assessment;
import com.shopwarden.health.model.CrossingIds;
import com.shopwarden.health.model.HealthAssessor;
import com.shopwarden.health.model.HealthPack;
import com.shopwarden.health.model.HealthPacks;
import com.shopwarden.health.model.LedgerLine;
import com.shopwarden.health.model.ModelKind;
import com.shopwarden.health.model.RestrictionLine;
import com.shopwarden.health.risk.RiskScoring;
import com.shopwarden.market.Market;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Recomputes an account's health from its ledger and restrictions and publishes what changed:
 * exactly one {@code HealthChanged} when the figure or tier moved (with the milestone crossed, if
 * any) and one {@code PrivilegesChanged} when the privileges did. Runs inside the caller's
 * transaction, with the account's row locked, so the events commit with the change.
 */
@ApplicationScoped
public class HealthReassessment {

  private static final ObjectMapper JSON = EventJson.newObjectMapper();

  private final HealthPacks packs;
  private final AccountHealthRepository accounts;
  private final LedgerEntryRepository entries;
  private final AccountRestrictionRepository restrictions;
  private final TierChangeRepository tierChanges;
  private final Outbox outbox;
  private final ServedMarkets served;
  private final CleanRecordRecovery recovery;
  private final RiskScoring risk;

  public HealthReassessment(
      ServedMarkets served,
      CleanRecordRecovery recovery,
      RiskScoring risk,
      HealthPacks packs,
      AccountHealthRepository accounts,
      LedgerEntryRepository entries,
      AccountRestrictionRepository restrictions,
      TierChangeRepository tierChanges,
      Outbox outbox) {
    this.served = served;
    this.recovery = recovery;
    this.risk = risk;
    this.packs = packs;
    this.accounts = accounts;
    this.entries = entries;
    this.restrictions = restrictions;
    this.tierChanges = tierChanges;
    this.outbox = outbox;
  }

  /**
   * The account's row, created with the clean state of the market's model if it is new, and locked
   * for the rest of the transaction.
   */
  public Uni<AccountHealth> lockOrCreate(
      String market, String accountId, AccountType accountType, Instant now) {
    return accounts
        .lockAccount(market, accountId)
        .flatMap(
            found -> {
              if (found != null) {
                found.accountType = accountType.name();
                return Uni.createFrom().item(found);
              }
              AccountHealth created = clean(market, accountId, accountType, now);
              return accounts
                  .persistAndFlush(created)
                  .flatMap(ignored -> accounts.lockAccount(market, accountId));
            });
  }

  /** The health the account has at {@code now}, derived from its ledger and restrictions. */
  public Uni<Assessment> assess(String market, String accountId, Instant now) {
    HealthPack pack = packs.of(MarketCode.parse(market));
    return entries
        .activeAt(market, accountId, now)
        .flatMap(
            active ->
                restrictions
                    .pending(market, accountId, now)
                    .map(
                        pending ->
                            HealthAssessor.assess(
                                pack, ledgerLines(active), restrictionLines(pending), now)));
  }

  /**
   * Books recovery that fell due, recomputes a locked account and publishes what changed since it
   * was last published. A milestone crossing is attributed to the entry the scheduler finds (see
   * {@link #reassess(AccountHealth, Instant, UUID)}).
   */
  public Uni<Void> reassess(AccountHealth account, Instant now) {
    return reassess(account, now, null);
  }

  /**
   * As {@link #reassess(AccountHealth, Instant)}, for a change the caller made to the ledger:
   * {@code cause} is the entry it booked or voided, which a milestone crossing's id names. Without
   * one (the scheduler), a crossing is attributed to the recovery entry this pass booked, else to
   * the latest violation for a worsening crossing and the latest entry that expired for a
   * recovering one.
   */
  public Uni<Void> reassess(AccountHealth account, Instant now, UUID cause) {
    Market market = served.require(account.market);
    HealthPack pack = packs.of(market.code());
    return recovery
        .recover(account, pack, market, now)
        .flatMap(
            recovered ->
                assess(account.market, account.accountId, now)
                    .flatMap(
                        assessment ->
                            publishChanges(
                                    account,
                                    pack,
                                    assessment,
                                    now,
                                    cause != null ? cause : recovered.lastBooked())
                                .invoke(
                                    () ->
                                        account.nextDueAt =
                                            earlier(account.nextDueAt, recovered.nextDue()))))
        .chain(() -> tierChanges.flush())
        // The score keeps its own due time (risk_score.next_due_at), so it also slides for
        // accounts known only from their commerce signals.
        .chain(() -> risk.refresh(account.market, account.accountId, account.accountType, now));
  }

  private static Instant earlier(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  private Uni<Void> publishChanges(
      AccountHealth account, HealthPack pack, Assessment assessment, Instant now, UUID cause) {
    int before = figureOf(account, pack);
    Tier tierBefore = Tier.valueOf(account.tier);
    String privileges = canonical(assessment.privileges());
    Uni<Void> work = Uni.createFrom().voidItem();
    if (before != assessment.figure() || tierBefore != assessment.tier()) {
      work = work.chain(() -> healthChanged(account, pack, before, assessment, now, cause));
      if (tierBefore != assessment.tier()) {
        work = work.chain(() -> recordTierChange(account, tierBefore, assessment, now));
      }
      account.tier = assessment.tier().name();
      setFigure(account, pack, assessment.figure());
    }
    if (!privileges.equals(account.privileges)) {
      account.privileges = privileges;
      work =
          work.chain(
              () ->
                  outbox.publish(
                      new PrivilegesChanged(
                          UUID.randomUUID(),
                          account.market,
                          now,
                          account.accountId,
                          AccountType.valueOf(account.accountType),
                          assessment.privileges())));
    }
    account.nextDueAt = assessment.nextDueAt();
    account.updatedAt = now;
    return work;
  }

  private Uni<Void> healthChanged(
      AccountHealth account,
      HealthPack pack,
      int before,
      Assessment assessment,
      Instant now,
      UUID cause) {
    Optional<MilestoneCrossing> crossing = pack.scale().crossing(before, assessment.figure());
    boolean points = pack.model() == ModelKind.POINTS;
    Uni<MilestoneCrossing> identified =
        crossing.isEmpty()
            ? Uni.createFrom().nullItem()
            : causeOf(account, now, cause)
                .map(entry -> CrossingIds.identified(crossing.get(), entry));
    return identified.flatMap(
        milestone ->
            recentViolations(account, pack, now)
                .flatMap(
                    recent ->
                        outbox.publish(
                            new HealthChanged(
                                UUID.randomUUID(),
                                account.market,
                                now,
                                account.accountId,
                                AccountType.valueOf(account.accountType),
                                assessment.tier(),
                                points ? assessment.figure() : null,
                                points ? null : assessment.figure(),
                                milestone,
                                assessment.nextMilestone().orElse(null),
                                recent))));
  }

  /**
   * The ledger entry a crossing is attributed to when the caller named none: the scheduler found
   * it, so an entry's expiry caused it, in either direction (a violation's points lapsing, or a
   * reward's or recovery's). Each entry expires once, so the id it gives never repeats; naming the
   * latest active violation instead would give a second, later crossing of the same milestone the
   * first one's id, and enforcement would apply nothing for it.
   */
  private Uni<UUID> causeOf(AccountHealth account, Instant now, UUID cause) {
    if (cause != null) {
      return Uni.createFrom().item(cause);
    }
    return entries
        .latestLapsed(account.market, account.accountId, now)
        .map(lapsed -> lapsed == null ? null : lapsed.id);
  }

  /** Violations issued on the account within the pack's recent window. */
  private Uni<Integer> recentViolations(AccountHealth account, HealthPack pack, Instant now) {
    Instant since = now.minus(Duration.ofDays(pack.recentViolationDays()));
    return entries
        .violationsIssuedAfter(account.market, account.accountId, since)
        .map(issued -> issued.stream().mapToInt(v -> v.violations()).sum());
  }

  private Uni<Void> recordTierChange(
      AccountHealth account, Tier from, Assessment assessment, Instant now) {
    TierChange change = new TierChange();
    change.id = UUID.randomUUID();
    change.market = account.market;
    change.accountId = account.accountId;
    change.fromTier = from.name();
    change.toTier = assessment.tier().name();
    change.figure = assessment.figure();
    change.changedAt = now;
    return tierChanges.persist(change).replaceWithVoid();
  }

  private AccountHealth clean(
      String market, String accountId, AccountType accountType, Instant now) {
    HealthPack pack = packs.of(MarketCode.parse(market));
    Assessment clean = HealthAssessor.assess(pack, List.of(), List.of(), now);
    AccountHealth account = new AccountHealth();
    account.id = UUID.randomUUID();
    account.market = market;
    account.accountId = accountId;
    account.accountType = accountType.name();
    account.tier = clean.tier().name();
    setFigure(account, pack, clean.figure());
    account.privileges = canonical(clean.privileges());
    account.updatedAt = now;
    return account;
  }

  private static int figureOf(AccountHealth account, HealthPack pack) {
    Integer stored = pack.model() == ModelKind.POINTS ? account.activePoints : account.rating;
    // A pack that switched model has no stored figure of the new kind: start from a clean one.
    return stored == null ? pack.scale().cleanFigure() : stored;
  }

  private static void setFigure(AccountHealth account, HealthPack pack, int figure) {
    if (pack.model() == ModelKind.POINTS) {
      account.activePoints = figure;
      account.rating = null;
    } else {
      account.rating = figure;
      account.activePoints = null;
    }
  }

  static List<LedgerLine> ledgerLines(List<LedgerEntry> active) {
    return active.stream()
        .map(e -> new LedgerLine(e.points, e.expiresAt, e.voidedAt != null))
        .toList();
  }

  static List<RestrictionLine> restrictionLines(List<AccountRestriction> pending) {
    return pending.stream()
        .map(
            r ->
                new RestrictionLine(
                    r.actionId,
                    MeasureType.valueOf(r.measureType),
                    r.startsAt,
                    r.endsAt,
                    r.liftedAt != null))
        .toList();
  }

  static String canonical(Privileges privileges) {
    try {
      return JSON.writeValueAsString(privileges);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("privileges cannot be written", e);
    }
  }
}
