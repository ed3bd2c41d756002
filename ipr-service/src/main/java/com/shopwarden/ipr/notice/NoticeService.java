package com.shopwarden.ipr.notice;

import com.shopwarden.access.Caller;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ipr.NoticeRetracted;
import com.shopwarden.ipr.counter.RestoreTimerRepository;
import com.shopwarden.ipr.history.HistoryPage;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.RightsHolderService;
import com.shopwarden.ipr.notice.NoticeApi.ContactView;
import com.shopwarden.ipr.notice.NoticeApi.CourtAction;
import com.shopwarden.ipr.notice.NoticeApi.NoticeList;
import com.shopwarden.ipr.notice.NoticeApi.NoticeView;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.IprPacks;
import com.shopwarden.ipr.paging.Page;
import com.shopwarden.ipr.paging.PageCursor;
import com.shopwarden.ipr.strike.StrikeLedger;
import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.outbox.Outbox;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Reads notices, and lets the notifier retract one or report a court action. */
@ApplicationScoped
public class NoticeService {

  private final NoticeAccess noticeAccess;
  private final NoticeViews views;
  private final NoticeRepository notices;
  private final NoticeItemRepository items;
  private final NoticeContactRepository contacts;
  private final RightsHolderService holders;
  private final RestoreTimerRepository timers;
  private final StrikeLedger strikes;
  private final NoticeNotifications notifications;
  private final HistoryRepository history;
  private final Outbox outbox;
  private final ServedMarkets served;
  private final IprPacks packs;
  private final Clock clock;

  public NoticeService(
      NoticeAccess noticeAccess,
      NoticeViews views,
      NoticeRepository notices,
      NoticeItemRepository items,
      NoticeContactRepository contacts,
      RightsHolderService holders,
      RestoreTimerRepository timers,
      StrikeLedger strikes,
      NoticeNotifications notifications,
      HistoryRepository history,
      Outbox outbox,
      ServedMarkets served,
      IprPacks packs,
      Clock clock) {
    this.noticeAccess = noticeAccess;
    this.views = views;
    this.notices = notices;
    this.items = items;
    this.contacts = contacts;
    this.holders = holders;
    this.timers = timers;
    this.strikes = strikes;
    this.notifications = notifications;
    this.history = history;
    this.outbox = outbox;
    this.served = served;
    this.packs = packs;
    this.clock = clock;
  }

  @WithSession
  public Uni<NoticeView> get(Caller caller, UUID id) {
    return noticeAccess.visible(caller, id).chain(views::of);
  }

  /** The organisation's notices, newest first, a page at a time. */
  @WithSession
  public Uni<NoticeList> ofOrganisation(
      Caller caller, String organisationId, String cursor, int limit) {
    PageCursor after = PageCursor.decode(cursor, 2);
    return holders
        .visible(caller, organisationId)
        .chain(holder -> notices.ofOrganisation(holder.id, after, limit))
        .map(read -> Page.of(read, limit, NoticeRepository::organisationCursor))
        .chain(views::page);
  }

  @WithSession
  public Uni<HistoryPage> history(Caller caller, UUID id, String cursor, int limit) {
    PageCursor after = PageCursor.decode(cursor, 1);
    return noticeAccess
        .visible(caller, id)
        .chain(
            notice -> history.page(NoticeFilingService.SUBJECT, notice.id.toString(), after, limit))
        .map(read -> HistoryPage.of(read, limit));
  }

  /** The notifier's contact, for the messaging platform and ipr-agents handling the notice. */
  @WithSession
  public Uni<ContactView> contact(Caller caller, UUID id) {
    return noticeAccess
        .visible(caller, id)
        .chain(notice -> contacts.findById(notice.id))
        .map(c -> new ContactView(c.name, c.email, c.phone, c.address, c.redactedAt));
  }

  @WithTransaction
  public Uni<NoticeView> retract(Caller caller, UUID id) {
    return noticeAccess
        .visible(caller, id)
        .chain(
            notice -> {
              NoticeState before = notice.state;
              notice.moveTo(NoticeState.RETRACTED);
              notice.decidedAt = clock.instant();
              return timers
                  .cancel(notice.id)
                  .chain(() -> items.of(notice.id))
                  .call(
                      found ->
                          NoticeTransitions.wasUpheld(before)
                              ? fallAway(notice, found)
                              : Uni.createFrom().voidItem())
                  .call(() -> record(notice, caller, "RETRACTED", "from " + before))
                  .call(() -> notifications.toNotifier(notice, "ipr.notice.retracted", Map.of()))
                  .chain(found -> views.of(notice, found));
            });
  }

  @WithTransaction
  public Uni<NoticeView> reportCourtAction(Caller caller, UUID id, CourtAction report) {
    Instant now = clock.instant();
    return noticeAccess
        .visible(caller, id)
        .chain(
            notice -> {
              NoticeTransitions.require(notice.state, NoticeState.COURT_ACTION_REPORTED);
              return timers
                  .scheduled(notice.id)
                  .chain(
                      scheduled -> {
                        if (scheduled.stream().anyMatch(t -> !t.dueAt.isAfter(now))) {
                          throw ProblemException.conflict(
                                  "the restore day has come; a court action can no longer stop it")
                              .with("allowed", List.of());
                        }
                        notice.moveTo(NoticeState.COURT_ACTION_REPORTED);
                        return timers.cancel(notice.id);
                      })
                  .call(
                      () -> record(notice, caller, "COURT_ACTION_REPORTED", report.caseReference()))
                  .chain(() -> items.of(notice.id))
                  .call(found -> tellAccounts(notice, found, "ipr.court-action.reported"))
                  .chain(found -> views.of(notice, found));
            });
  }

  /**
   * The notifier contests a rejection (DSA Art. 20 applies to notifiers too): once, within the
   * pack's calendar months (six by default) of the decision counted in the legal time zone (the
   * deadline day included); the notice goes back to the queue for another agent.
   */
  @WithTransaction
  public Uni<NoticeView> contest(Caller caller, UUID id, String reason) {
    Instant now = clock.instant();
    return noticeAccess
        .visible(caller, id)
        .chain(
            notice -> {
              if (notice.state != NoticeState.REJECTED || notice.contestedAt != null) {
                throw ProblemException.conflict(
                        notice.contestedAt != null
                            ? "a rejection can be contested once"
                            : "only a rejected notice can be contested")
                    .with("state", notice.state.name())
                    .with(
                        "allowed",
                        NoticeTransitions.allowedFrom(notice.state).stream()
                            .map(Enum::name)
                            .toList());
              }
              Market market = served.require(notice.market);
              IprPack pack = packs.of(market.code());
              LocalDate deadline =
                  market.legalDate(notice.decidedAt).plusMonths(pack.contestMonths());
              if (market.legalDate(now).isAfter(deadline)) {
                throw ProblemException.conflict("the contest window ended on " + deadline)
                    .with("deadline", deadline.toString());
              }
              notice.moveTo(NoticeState.SUBMITTED);
              notice.firstReviewer = notice.reviewer;
              notice.reviewer = null;
              notice.leaseExpiresAt = null;
              notice.contestedAt = now;
              notice.reviewDeadline = now.plus(pack.reviewTime(notice.trusted));
              return record(notice, caller, "CONTESTED", reason)
                  .call(
                      () ->
                          notifications.toNotifier(notice, "ipr.notice.contest-received", Map.of()))
                  .chain(() -> views.of(notice));
            });
  }

  /** The violations the notice caused fall: one NoticeRetracted per account, strikes removed. */
  private Uni<Void> fallAway(Notice notice, List<NoticeItem> found) {
    Map<String, List<NoticeItem>> byAccount = byAccount(found);
    Uni<Void> chain = strikes.remove(notice.id, null, StrikeLedger.RETRACTION);
    for (List<NoticeItem> own : byAccount.values()) {
      List<String> keys = own.stream().map(i -> i.violationKey).toList();
      NoticeItem first = own.get(0);
      chain =
          chain.call(
              () ->
                  outbox.publish(
                      new NoticeRetracted(
                          UUID.randomUUID(),
                          notice.market,
                          clock.instant(),
                          notice.id.toString(),
                          first.accountId,
                          first.accountType,
                          keys)));
    }
    return chain;
  }

  private Uni<Void> tellAccounts(Notice notice, List<NoticeItem> found, String template) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (List<NoticeItem> own : byAccount(found).values()) {
      String accountId = own.get(0).accountId;
      AccountType type = own.get(0).accountType;
      chain =
          chain.call(() -> notifications.toAccount(notice, accountId, type, template, Map.of()));
    }
    return chain;
  }

  static Map<String, List<NoticeItem>> byAccount(List<NoticeItem> found) {
    Map<String, List<NoticeItem>> byAccount = new LinkedHashMap<>();
    found.forEach(
        i -> byAccount.computeIfAbsent(i.accountId, k -> new java.util.ArrayList<>()).add(i));
    return byAccount;
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
