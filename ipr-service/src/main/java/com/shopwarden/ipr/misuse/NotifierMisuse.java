package com.shopwarden.ipr.misuse;

import com.shopwarden.access.Caller;
import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.RightsHolderService;
import com.shopwarden.ipr.notice.Notice;
import com.shopwarden.ipr.notice.NoticeRepository;
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
 * a bounded period only when a prior warning is on record.
 */
@ApplicationScoped
public class NotifierMisuse {

  static final String SUBJECT = "ORGANISATION";

  private final NotifierStandingRepository standings;
  private final NoticeRepository notices;
  private final RightsHolderService holders;
  private final HistoryRepository history;
  private final IprConfig config;
  private final Clock clock;

  public NotifierMisuse(
      NotifierStandingRepository standings,
      NoticeRepository notices,
      RightsHolderService holders,
      HistoryRepository history,
      IprConfig config,
      Clock clock) {
    this.standings = standings;
    this.notices = notices;
    this.holders = holders;
    this.history = history;
    this.config = config;
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
    return notices
        .flush()
        .chain(() -> unfoundedSince(notice.organisationId, now))
        .chain(
            count ->
                standings
                    .of(notice.organisationId)
                    .chain(
                        standing -> {
                          if (count < config.misuseThreshold() || standing.flaggedAt != null) {
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
        .chain(holder -> standings.findById(holder.id))
        .chain(standing -> view(organisationId, standing));
  }

  @WithTransaction
  public Uni<StandingView> warn(Caller caller, String organisationId, String reason) {
    return holders
        .visible(caller, organisationId)
        .chain(holder -> standings.of(holder.id))
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
        .chain(standing -> view(organisationId, standing));
  }

  @WithTransaction
  public Uni<StandingView> suspend(
      Caller caller, String organisationId, Instant until, String reason) {
    Instant now = clock.instant();
    if (!until.isAfter(now) || until.isAfter(now.plus(config.maxSuspension()))) {
      throw ProblemException.invalidField(
          "until", "must be in the future and at most " + config.maxSuspension() + " away");
    }
    return holders
        .visible(caller, organisationId)
        .chain(holder -> standings.of(holder.id))
        .call(
            standing -> {
              if (standing.warnedAt == null) {
                throw ProblemException.conflict(
                    "a suspension needs a prior warning on record (DSA Art. 23)");
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
            })
        .chain(standing -> view(organisationId, standing));
  }

  private Uni<StandingView> view(String organisationId, NotifierStanding standing) {
    Instant now = clock.instant();
    return unfoundedSince(organisationId, now)
        .map(
            count ->
                new StandingView(
                    organisationId,
                    count,
                    standing != null && standing.flaggedAt != null,
                    standing == null ? null : standing.flaggedAt,
                    standing == null ? null : standing.warnedAt,
                    standing == null ? null : standing.suspendedUntil,
                    standing != null && standing.suspendedAt(now)));
  }

  private Uni<Long> unfoundedSince(String organisationId, Instant now) {
    return notices.count(
        "organisationId = ?1 and manifestlyUnfounded = true and decidedAt > ?2",
        organisationId,
        now.minus(config.misuseWindow()));
  }
}
