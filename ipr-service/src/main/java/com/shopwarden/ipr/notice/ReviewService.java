package com.shopwarden.ipr.notice;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.RightsHolder;
import com.shopwarden.ipr.holder.RightsHolderRepository;
import com.shopwarden.ipr.holder.TrustStatus;
import com.shopwarden.ipr.misuse.NotifierMisuse;
import com.shopwarden.ipr.notice.NoticeApi.Decision;
import com.shopwarden.ipr.notice.NoticeApi.NoticeList;
import com.shopwarden.ipr.notice.NoticeApi.NoticeView;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.IprPacks;
import com.shopwarden.ipr.paging.Page;
import com.shopwarden.ipr.paging.PageCursor;
import com.shopwarden.ipr.strike.StrikeLedger;
import com.shopwarden.market.Market;
import com.shopwarden.outbox.Outbox;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The ipr-agents' review queue: trusted holders first, then by deadline; a claim holds a notice
 * under a lease; the decision upholds (enforcement acts on each item) or rejects with a reason.
 */
@ApplicationScoped
public class ReviewService {

  private final NoticeRepository notices;
  private final NoticeItemRepository items;
  private final NoticeAccess noticeAccess;
  private final NoticeViews views;
  private final RightsHolderRepository holders;
  private final StrikeLedger strikes;
  private final NotifierMisuse misuse;
  private final NoticeNotifications notifications;
  private final HistoryRepository history;
  private final MarketAccess access;
  private final Outbox outbox;
  private final IprConfig config;
  private final IprPacks packs;
  private final Clock clock;

  public ReviewService(
      NoticeRepository notices,
      NoticeItemRepository items,
      NoticeAccess noticeAccess,
      NoticeViews views,
      RightsHolderRepository holders,
      StrikeLedger strikes,
      NotifierMisuse misuse,
      NoticeNotifications notifications,
      HistoryRepository history,
      MarketAccess access,
      Outbox outbox,
      IprConfig config,
      IprPacks packs,
      Clock clock) {
    this.notices = notices;
    this.items = items;
    this.noticeAccess = noticeAccess;
    this.views = views;
    this.holders = holders;
    this.strikes = strikes;
    this.misuse = misuse;
    this.notifications = notifications;
    this.history = history;
    this.access = access;
    this.outbox = outbox;
    this.config = config;
    this.packs = packs;
    this.clock = clock;
  }

  /** A page of the queue, with each notice's automatic evidence. */
  @WithSession
  public Uni<NoticeList> queue(Caller caller, String market, String cursor, int limit) {
    Market served = access.require(caller, market);
    PageCursor after = PageCursor.decode(cursor, 4);
    return notices
        .queue(served.code().name(), clock.instant(), after, limit)
        .map(read -> Page.of(read, limit, NoticeRepository::queueCursor))
        .chain(views::page);
  }

  /** Claims the next notice for the caller; {@code null} when the queue is empty. */
  @WithTransaction
  public Uni<NoticeView> claimNext(Caller caller, String market) {
    Market served = access.require(caller, market);
    Instant now = clock.instant();
    return notices
        .lockNextClaimable(served.code().name(), now, caller.subject())
        .chain(
            notice -> {
              if (notice == null) {
                return Uni.createFrom().nullItem();
              }
              return take(caller, notice, now);
            });
  }

  /** Claims one notice chosen from the queue: free, lease expired, or already the caller's. */
  @WithTransaction
  public Uni<NoticeView> claim(Caller caller, UUID id) {
    Instant now = clock.instant();
    return noticeAccess
        .lockedVisible(caller, id)
        .chain(
            notice -> {
              boolean free =
                  notice.state == NoticeState.SUBMITTED
                      || (notice.state == NoticeState.UNDER_REVIEW
                          && (notice.leaseExpiresAt == null
                              || !notice.leaseExpiresAt.isAfter(now)
                              || caller.subject().equals(notice.reviewer)));
              if (caller.subject().equals(notice.firstReviewer)) {
                throw ProblemException.conflict(
                    "a contested notice is reviewed by another agent than the first");
              }
              if (!free) {
                throw ProblemException.conflict(
                        "the notice is " + notice.state + " and cannot be claimed now")
                    .with("state", notice.state.name())
                    .with(
                        "allowed",
                        NoticeTransitions.allowedFrom(notice.state).stream()
                            .map(Enum::name)
                            .toList());
              }
              return take(caller, notice, now);
            });
  }

  private Uni<NoticeView> take(Caller caller, Notice notice, Instant now) {
    if (notice.state == NoticeState.SUBMITTED) {
      notice.moveTo(NoticeState.UNDER_REVIEW);
    }
    notice.reviewer = caller.subject();
    notice.leaseExpiresAt = now.plus(config.reviewLease());
    return record(notice, caller, "CLAIMED", null).chain(() -> views.of(notice));
  }

  /** Gives a claimed notice back to the queue. */
  @WithTransaction
  public Uni<NoticeView> release(Caller caller, UUID id) {
    return claimedBy(caller, id)
        .chain(
            notice -> {
              notice.moveTo(NoticeState.SUBMITTED);
              notice.reviewer = null;
              notice.leaseExpiresAt = null;
              return record(notice, caller, "RELEASED", null).chain(() -> views.of(notice));
            });
  }

  @WithTransaction
  public Uni<NoticeView> decide(Caller caller, UUID id, Decision decision) {
    if (decision.outcome() != NoticeState.UPHELD && decision.outcome() != NoticeState.REJECTED) {
      throw ProblemException.invalidField("outcome", "must be UPHELD or REJECTED");
    }
    if (decision.outcome() == NoticeState.REJECTED
        && (decision.reason() == null || decision.reason().isBlank())) {
      throw ProblemException.invalidField("reason", "a rejection needs a reason");
    }
    if (decision.manifestlyUnfounded() && decision.outcome() != NoticeState.REJECTED) {
      throw ProblemException.invalidField(
          "manifestlyUnfounded", "only a rejection can find a notice manifestly unfounded");
    }
    return claimedBy(caller, id)
        .chain(
            notice -> {
              notice.moveTo(decision.outcome());
              notice.decidedAt = clock.instant();
              notice.decisionReason = decision.reason() == null ? null : decision.reason().strip();
              notice.leaseExpiresAt = null;
              notice.manifestlyUnfounded = decision.manifestlyUnfounded();
              Uni<Void> effects =
                  decision.outcome() == NoticeState.UPHELD
                      ? uphold(notice, decision.severity())
                      : decision.manifestlyUnfounded()
                          ? misuse.rejectedAsUnfounded(notice, caller.subject())
                          : Uni.createFrom().voidItem();
              String template =
                  decision.outcome() == NoticeState.UPHELD
                      ? "ipr.notice.upheld"
                      : "ipr.notice.rejected";
              return effects
                  .call(
                      () ->
                          record(notice, caller, decision.outcome().name(), notice.decisionReason))
                  .call(() -> notifications.toNotifier(notice, template, Map.of()))
                  .chain(() -> views.of(notice));
            });
  }

  /** One NoticeUpheld per item, one strike per account. */
  private Uni<Void> uphold(Notice notice, Severity requested) {
    IprPack pack = packs.of(notice.market);
    notice.policyCode = pack.policyCode();
    notice.severity = requested != null ? requested : pack.defaultSeverity();
    return holders
        .findById(notice.organisationId)
        .chain(holder -> items.of(notice.id).chain(found -> publish(notice, holder, found)));
  }

  private Uni<Void> publish(Notice notice, RightsHolder holder, List<NoticeItem> found) {
    ViolationSource source =
        holder.trustStatus == TrustStatus.TRUSTED_FLAGGER
            ? ViolationSource.TRUSTED_FLAGGER
            : ViolationSource.ARTICLE_16;
    Instant now = clock.instant();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (NoticeItem item : found) {
      item.violationKey = violationKey(notice, item);
      NoticeUpheld event =
          new NoticeUpheld(
              UUID.randomUUID(),
              notice.market,
              now,
              item.violationKey,
              item.accountId,
              item.accountType,
              item.contentId,
              item.contentVersion,
              item.contentKind,
              item.contentDate,
              item.language,
              notice.policyCode,
              notice.severity,
              Detection.NOTICE,
              DecisionMode.HUMAN,
              source,
              notice.id.toString(),
              notice.organisationId,
              notice.assetIds,
              null,
              item.ean);
      chain = chain.call(() -> outbox.publish(event));
    }
    for (List<NoticeItem> own : NoticeService.byAccount(found).values()) {
      NoticeItem first = own.get(0);
      chain =
          chain.call(
              () -> strikes.issue(notice.market, first.accountId, first.accountType, notice.id));
    }
    return chain;
  }

  /** Source, subject, version and policy: the same notice item never makes two violations. */
  static String violationKey(Notice notice, NoticeItem item) {
    return "ipr-notice:"
        + notice.id
        + ":"
        + item.contentId
        + ":v"
        + item.contentVersion
        + ":"
        + notice.policyCode;
  }

  /** The notice, claimed by the caller under a live lease; 409 otherwise. */
  private Uni<Notice> claimedBy(Caller caller, UUID id) {
    Instant now = clock.instant();
    return noticeAccess
        .visible(caller, id)
        .map(
            notice -> {
              boolean held =
                  notice.state == NoticeState.UNDER_REVIEW
                      && caller.subject().equals(notice.reviewer)
                      && notice.leaseExpiresAt != null
                      && notice.leaseExpiresAt.isAfter(now);
              if (!held) {
                throw ProblemException.conflict("claim the notice before deciding it")
                    .with("state", notice.state.name())
                    .with(
                        "allowed",
                        NoticeTransitions.allowedFrom(notice.state).stream()
                            .map(Enum::name)
                            .toList());
              }
              return notice;
            });
  }

  private Uni<Void> record(Notice notice, Caller caller, String action, String detail) {
    return history.record(
        NoticeFilingService.SUBJECT,
        notice.id.toString(),
        notice.organisationId,
        caller.subject(),
        action,
        detail);
  }
}
