package com.shopwarden.health.ledger;

import com.shopwarden.contracts.enforcement.ActionApplied;
import com.shopwarden.contracts.enforcement.ActionExpired;
import com.shopwarden.contracts.enforcement.ActionReversed;
import com.shopwarden.contracts.enforcement.MeasureEvent;
import com.shopwarden.health.model.EntryExpiry;
import com.shopwarden.health.model.HealthPack;
import com.shopwarden.health.model.HealthPacks;
import com.shopwarden.health.risk.AccountFirstSeen;
import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Books enforcement's measures on the accounts' ledgers: the violation points of an applied
 * measure, the voiding of a reversed one's points, and the restrictions the privileges read model
 * shows. Each method runs inside the consuming inbox's transaction.
 */
@ApplicationScoped
public class MeasureBooking {

  private static final Logger LOG = Logger.getLogger(MeasureBooking.class);

  private final ServedMarkets served;
  private final HealthPacks packs;
  private final HealthReassessment reassessment;
  private final LedgerEntryRepository entries;
  private final AccountRestrictionRepository restrictions;
  private final AccountFirstSeen firstSeen;
  private final Clock clock;

  public MeasureBooking(
      ServedMarkets served,
      HealthPacks packs,
      HealthReassessment reassessment,
      LedgerEntryRepository entries,
      AccountRestrictionRepository restrictions,
      AccountFirstSeen firstSeen,
      Clock clock) {
    this.firstSeen = firstSeen;
    this.served = served;
    this.packs = packs;
    this.reassessment = reassessment;
    this.entries = entries;
    this.restrictions = restrictions;
    this.clock = clock;
  }

  /** Books the measure's points (once per violation) and its restriction, then reassesses. */
  public Uni<Void> applied(ActionApplied event) {
    if (!servedHere(event)) {
      return Uni.createFrom().voidItem();
    }
    Instant now = clock.instant();
    Market market = served.require(event.market());
    HealthPack pack = packs.of(market.code());
    return reassessment
        .lockOrCreate(event.market(), event.accountId(), event.accountType(), now)
        .flatMap(
            account ->
                seen(event)
                    .chain(() -> bookPoints(event, market, pack))
                    .flatMap(
                        booked ->
                            recordRestriction(event, pack)
                                .chain(() -> reassessment.reassess(account, now, booked))));
  }

  /** Voids the points of the measure's violations and lifts its restriction, then reassesses. */
  public Uni<Void> reversed(ActionReversed event) {
    if (!servedHere(event)) {
      return Uni.createFrom().voidItem();
    }
    Instant now = clock.instant();
    return reassessment
        .lockOrCreate(event.market(), event.accountId(), event.accountType(), now)
        .flatMap(
            account ->
                seen(event)
                    .chain(() -> voidPoints(event, now))
                    .flatMap(
                        voided ->
                            lift(event, now, "REVERSED " + event.reason())
                                .chain(() -> reassessment.reassess(account, now, voided))));
  }

  /**
   * Lifts the restriction of a measure that ended by its duration. Its points stay until they
   * expire on the ledger's own schedule.
   */
  public Uni<Void> expired(ActionExpired event) {
    if (!servedHere(event)) {
      return Uni.createFrom().voidItem();
    }
    Instant now = clock.instant();
    return reassessment
        .lockOrCreate(event.market(), event.accountId(), event.accountType(), now)
        .flatMap(
            account ->
                seen(event)
                    .chain(() -> lift(event, now, "EXPIRED"))
                    .chain(() -> reassessment.reassess(account, now)));
  }

  /** The account existed when the measure was applied (its age counts from the earliest such). */
  private Uni<Void> seen(MeasureEvent event) {
    Instant at =
        event.startsAt().isBefore(event.occurredAt()) ? event.startsAt() : event.occurredAt();
    return firstSeen.seen(event.market(), event.accountId(), at);
  }

  /** Books the measure's points; answers the entry booked, or null when it booked none. */
  private Uni<UUID> bookPoints(ActionApplied event, Market market, HealthPack pack) {
    if (event.points() == 0) {
      return Uni.createFrom().nullItem();
    }
    return entries
        .entryIdsOfViolations(event.market(), event.accountId(), event.violationKeys())
        .flatMap(
            booked -> {
              if (!booked.isEmpty()) {
                // Several measures may answer one violation; its points count once.
                LOG.infof(
                    "action %s: violations already booked on entries %s", event.actionId(), booked);
                return Uni.createFrom().<UUID>nullItem();
              }
              LedgerEntry entry = violationEntry(event, market, pack);
              return entries
                  .persistAndFlush(entry)
                  .chain(() -> claim(event, entry.id, event.violationKeys()))
                  .replaceWith(entry.id);
            });
  }

  private Uni<Void> claim(ActionApplied event, UUID entryId, List<String> keys) {
    Uni<Void> work = Uni.createFrom().voidItem();
    for (String key : keys) {
      work =
          work.chain(() -> entries.claimViolation(event.market(), event.accountId(), key, entryId));
    }
    return work;
  }

  private LedgerEntry violationEntry(ActionApplied event, Market market, HealthPack pack) {
    LedgerEntry entry = new LedgerEntry();
    entry.id = UUID.randomUUID();
    entry.market = event.market();
    entry.accountId = event.accountId();
    entry.kind = EntryKind.VIOLATION;
    entry.points = event.points();
    entry.reason = "violation points of measure " + event.type();
    entry.actionId = event.actionId();
    entry.measureType = event.type().name();
    entry.violationKeys = String.join("\n", event.violationKeys());
    // Older producers state neither (null): such entries count for points, not for repeats per
    // policy or the severity mix.
    entry.policyCode = event.policyCode();
    entry.severity = event.severity() == null ? null : event.severity().name();
    // Points are issued when the measure is applied; expiry counts legal days from then.
    entry.issuedAt = event.occurredAt();
    entry.expiresAt =
        EntryExpiry.expiresAt(market, event.occurredAt(), pack.scale().entryLifetimeDays());
    return entry;
  }

  private Uni<Void> recordRestriction(ActionApplied event, HealthPack pack) {
    boolean concernsPrivileges =
        pack.restrictionBlocks().containsKey(event.type())
            || pack.suspendingMeasures().contains(event.type());
    if (!concernsPrivileges) {
      return Uni.createFrom().voidItem();
    }
    return restrictions
        .byAction(event.market(), event.accountId(), event.actionId())
        .flatMap(
            existing -> {
              if (existing != null) {
                return Uni.createFrom().voidItem();
              }
              AccountRestriction restriction = new AccountRestriction();
              restriction.id = UUID.randomUUID();
              restriction.market = event.market();
              restriction.accountId = event.accountId();
              restriction.actionId = event.actionId();
              restriction.measureType = event.type().name();
              restriction.startsAt = event.startsAt();
              restriction.endsAt = event.endsAt();
              return restrictions.persistAndFlush(restriction).replaceWithVoid();
            });
  }

  /** Voids the entries; answers the first entry voided now (by id), or null when none was. */
  private Uni<UUID> voidPoints(ActionReversed event, Instant now) {
    return entries
        .entryIdsOfViolations(event.market(), event.accountId(), event.violationKeys())
        .flatMap(
            ofViolations ->
                entries
                    .byAction(event.market(), event.accountId(), event.actionId())
                    .flatMap(
                        ofAction -> {
                          List<UUID> ids =
                              java.util.stream.Stream.concat(
                                      ofViolations.stream(), ofAction.stream().map(e -> e.id))
                                  .distinct()
                                  .toList();
                          return voidEntries(ids, event, now);
                        }));
  }

  private Uni<UUID> voidEntries(List<UUID> ids, ActionReversed event, Instant now) {
    List<UUID> voided = new java.util.ArrayList<>();
    Uni<Void> work = Uni.createFrom().voidItem();
    for (UUID id : ids) {
      work =
          work.chain(() -> entries.findById(id))
              .invoke(
                  entry -> {
                    if (entry != null && entry.voidedAt == null) {
                      entry.voidedAt = now;
                      entry.voidReason =
                          event.reason().name() + " (action " + event.actionId() + ")";
                      voided.add(entry.id);
                    }
                  })
              .replaceWithVoid();
    }
    return work.chain(() -> entries.flush())
        .map(ignored -> voided.stream().min(UUID::compareTo).orElse(null));
  }

  private Uni<Void> lift(MeasureEvent event, Instant now, String reason) {
    return restrictions
        .byAction(event.market(), event.accountId(), event.actionId())
        .invoke(
            restriction -> {
              if (restriction != null && restriction.liftedAt == null) {
                restriction.liftedAt = now;
                restriction.liftReason = reason;
              }
            })
        .chain(() -> restrictions.flush());
  }

  private boolean servedHere(MeasureEvent event) {
    if (served.serves(event.market())) {
      return true;
    }
    // A shared topic may carry other deployments' markets: not ours to book.
    LOG.debugf("ignoring %s for market %s, not served here", event.actionId(), event.market());
    return false;
  }
}
