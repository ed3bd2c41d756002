package com.shopwarden.ipr.misuse;

import com.shopwarden.access.Caller;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.RightsHolder;
import com.shopwarden.ipr.holder.RightsHolderRepository;
import com.shopwarden.ipr.holder.RightsHolderService;
import com.shopwarden.ipr.notice.Notice;
import com.shopwarden.ipr.notice.NoticeRepository;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.IprPacks;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;

/**
 * DSA Art. 23 for notifiers: counts notices rejected as manifestly unfounded, flags an organisation
 * that reaches the threshold in the window, records warnings, and suspends the notice privilege for
 * a bounded period only when a prior warning is on record. The rules are those of the pack of the
 * market where the organisation is registered.
 */
@ApplicationScoped
public class NotifierMisuse {

  static final String SUBJECT = "ORGANISATION";

  private final NotifierStandingRepository standings;
  private final NoticeRepository notices;
  private final RightsHolderService holders;
  private final RightsHolderRepository holderRecords;
  private final HistoryRepository history;
  private final IprPacks packs;
  private final Clock clock;

  public NotifierMisuse(
      NotifierStandingRepository standings,
      NoticeRepository notices,
      RightsHolderService holders,
      RightsHolderRepository holderRecords,
      HistoryRepository history,
      IprPacks packs,
      Clock clock) {
    this.standings = standings;
    this.notices = notices;
    this.holders = holders;
    this.holderRecords = holderRecords;
    this.history = history;
    this.packs = packs;
    this.clock = clock;
  }

  /** The organisation's standing and its unfounded notices in the window. */
  public record StandingView(
      String organisationId,
      long manifestlyUnfoundedInWindow,
      boolean flagged,
      Instant flaggedAt,
      Instant warnedAt,
      Instant suspendedUntil,
      boolean suspended) {}

  /** Within the rejecting transaction: counts the rejection and flags the notifier if due. */
  public Uni<Void> rejectedAsUnfounded(Notice notice, String actor) {
    Instant now = clock.instant();
    return holderRecords
        .findById(notice.organisationId)
        .chain(holder -> flagIfDue(notice, rules(holder), actor, now));
  }

  private Uni<Void> flagIfDue(Notice notice, IprPack.Misuse rules, String actor, Instant now) {
    return notices
        .flush()
        .chain(() -> unfoundedSince(notice.organisationId, rules, now))
        .chain(
            count ->
                standings
                    .of(notice.organisationId)
                    .chain(
                        standing -> {
                          if (count < rules.threshold() || standing.flaggedAt != null) {
                            return Uni.createFrom().voidItem();
                          }
                          standing.flaggedAt = now;
                          return history.record(
                              SUBJECT,
                              notice.organisationId,
                              notice.organisationId,
                              actor,
                              "MISUSE_FLAGGED",
                              count + " manifestly unfounded notices");
                        }));
  }

  /** Fails with 403 while the organisation's notice privilege is suspended. */
  public Uni<Void> requireNotSuspended(String organisationId) {
    Instant now = clock.instant();
    return standings
        .findById(organisationId)
        .map(
            standing -> {
              if (standing != null && standing.suspendedAt(now)) {
                throw ProblemException.forbidden(
                        "the organisation's notice privilege is suspended until "
                            + standing.suspendedUntil)
                    .with("suspendedUntil", standing.suspendedUntil.toString());
              }
              return null;
            })
        .replaceWithVoid();
  }

  @WithSession
  public Uni<StandingView> standing(Caller caller, String organisationId) {
    return holders
        .visible(caller, organisationId)
        .chain(holder -> standings.findById(holder.id).chain(s -> view(holder, s)));
  }

  @WithTransaction
  public Uni<StandingView> warn(Caller caller, String organisationId, String reason) {
    return holders
        .visible(caller, organisationId)
        .chain(
            holder ->
                standings
                    .of(holder.id)
                    .call(
                        standing -> {
                          standing.warnedAt = clock.instant();
                          standing.warningReason = reason;
                          return history.record(
                              SUBJECT,
                              organisationId,
                              organisationId,
                              caller.subject(),
                              "MISUSE_WARNED",
                              reason);
                        })
                    .chain(standing -> view(holder, standing)));
  }

  @WithTransaction
  public Uni<StandingView> suspend(
      Caller caller, String organisationId, Instant until, String reason) {
    Instant now = clock.instant();
    return holders
        .visible(caller, organisationId)
        .chain(
            holder -> {
              IprPack.Misuse rules = rules(holder);
              if (!until.isAfter(now) || until.isAfter(now.plus(rules.maxSuspension()))) {
                throw ProblemException.invalidField(
                    "until",
                    "must be in the future and at most " + rules.maxSuspension() + " away");
              }
              return standings
                  .of(holder.id)
                  .call(standing -> suspend(caller, organisationId, standing, until, reason))
                  .chain(standing -> view(holder, standing));
            });
  }

  private Uni<Void> suspend(
      Caller caller,
      String organisationId,
      NotifierStanding standing,
      Instant until,
      String reason) {
    if (standing.warnedAt == null) {
      throw ProblemException.conflict("a suspension needs a prior warning on record (DSA Art. 23)");
    }
    standing.suspendedUntil = until;
    standing.suspensionReason = reason;
    return history.record(
        SUBJECT,
        organisationId,
        organisationId,
        caller.subject(),
        "NOTICE_PRIVILEGE_SUSPENDED",
        "until " + until + ": " + reason);
  }

  private IprPack.Misuse rules(RightsHolder holder) {
    return packs.of(holder.market).misuse();
  }

  private Uni<StandingView> view(RightsHolder holder, NotifierStanding standing) {
    Instant now = clock.instant();
    return unfoundedSince(holder.id, rules(holder), now)
        .map(
            count ->
                new StandingView(
                    holder.id,
                    count,
                    standing != null && standing.flaggedAt != null,
                    standing == null ? null : standing.flaggedAt,
                    standing == null ? null : standing.warnedAt,
                    standing == null ? null : standing.suspendedUntil,
                    standing != null && standing.suspendedAt(now)));
  }

  private Uni<Long> unfoundedSince(String organisationId, IprPack.Misuse rules, Instant now) {
    return notices.count(
        "organisationId = ?1 and manifestlyUnfounded = true and decidedAt > ?2",
        organisationId,
        now.minus(rules.window()));
  }
}
