package com.shopwarden.ipr.counter;

import com.shopwarden.access.Caller;
import com.shopwarden.contracts.AccountType;
import com.shopwarden.ipr.counter.CounterNoticeApi.CounterNoticeView;
import com.shopwarden.ipr.counter.CounterNoticeApi.Filing;
import com.shopwarden.ipr.counter.RestoreTimer.TimerState;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.notice.Notice;
import com.shopwarden.ipr.notice.NoticeItem;
import com.shopwarden.ipr.notice.NoticeItemRepository;
import com.shopwarden.ipr.notice.NoticeNotifications;
import com.shopwarden.ipr.notice.NoticeRepository;
import com.shopwarden.ipr.notice.NoticeState;
import com.shopwarden.ipr.notice.NoticeTransitions;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.IprPacks;
import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Takes an affected account's counter-notice: checks the regime's elements, sends the notifier a
 * copy at once and schedules restoration on the regime's business day.
 */
@ApplicationScoped
public class CounterNoticeService {

  private final NoticeRepository notices;
  private final NoticeItemRepository items;
  private final CounterNoticeRepository counters;
  private final CounterNoticeContactRepository contacts;
  private final RestoreTimerRepository timers;
  private final NoticeNotifications notifications;
  private final HistoryRepository history;
  private final ServedMarkets served;
  private final IprPacks packs;
  private final Clock clock;

  public CounterNoticeService(
      NoticeRepository notices,
      NoticeItemRepository items,
      CounterNoticeRepository counters,
      CounterNoticeContactRepository contacts,
      RestoreTimerRepository timers,
      NoticeNotifications notifications,
      HistoryRepository history,
      ServedMarkets served,
      IprPacks packs,
      Clock clock) {
    this.notices = notices;
    this.items = items;
    this.counters = counters;
    this.contacts = contacts;
    this.timers = timers;
    this.notifications = notifications;
    this.history = history;
    this.served = served;
    this.packs = packs;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<CounterNoticeView> file(Caller caller, UUID noticeId, Filing filing) {
    String accountId =
        caller
            .accountId()
            .orElseThrow(() -> ProblemException.forbidden("the token names no account"));
    Instant now = clock.instant();
    return notices
        .findById(noticeId)
        .chain(
            notice ->
                (notice == null ? Uni.createFrom().item(List.<NoticeItem>of()) : items.of(noticeId))
                    .chain(
                        found -> {
                          List<NoticeItem> own =
                              found.stream().filter(i -> i.accountId.equals(accountId)).toList();
                          if (notice == null || own.isEmpty()) {
                            // Only the affected accounts learn that the notice exists.
                            throw ProblemException.notFound("notice " + noticeId + " not found");
                          }
                          requireElements(packs.of(notice.market), filing);
                          return counters
                              .byAccount(noticeId, accountId)
                              .chain(
                                  existing -> {
                                    if (existing != null) {
                                      throw ProblemException.conflict(
                                              "this account already counter-noticed")
                                          .with("allowed", List.of());
                                    }
                                    return accept(
                                        caller, notice, own.get(0).accountType, filing, now);
                                  });
                        }));
  }

  private Uni<CounterNoticeView> accept(
      Caller caller, Notice notice, AccountType accountType, Filing filing, Instant now) {
    if (notice.state == NoticeState.UPHELD) {
      notice.moveTo(NoticeState.COUNTER_NOTICED);
      notice.moveTo(NoticeState.RESTORE_SCHEDULED);
    } else if (notice.state != NoticeState.RESTORE_SCHEDULED) {
      // Another affected account already counter-noticed: its own timer joins theirs.
      NoticeTransitions.require(notice.state, NoticeState.COUNTER_NOTICED);
    }
    Market market = served.require(notice.market);
    LocalDate restoreDate =
        RestoreSchedule.restoreDate(market, now, packs.of(market.code()).restoreBusinessDays());
    CounterNotice counter = new CounterNotice();
    counter.id = UUID.randomUUID();
    counter.noticeId = notice.id;
    counter.accountId = caller.accountId().orElseThrow();
    counter.accountType = accountType;
    counter.receivedAt = now;
    counter.restoreDate = restoreDate;
    counter.explanation = text(filing.explanation());
    counter.goodFaithMistake = filing.goodFaithMistakeStatement();
    counter.consentToJurisdiction = filing.consentToJurisdiction();
    counter.acceptsService = filing.acceptsServiceOfProcess();
    CounterNoticeContact contact = new CounterNoticeContact();
    contact.counterNoticeId = counter.id;
    contact.name = text(filing.name());
    contact.email = text(filing.email());
    contact.phone = text(filing.phone());
    contact.address = text(filing.address());
    contact.signature = text(filing.signature());
    RestoreTimer timer = new RestoreTimer();
    timer.id = UUID.randomUUID();
    timer.noticeId = notice.id;
    timer.counterNoticeId = counter.id;
    timer.market = notice.market;
    timer.restoreDate = restoreDate;
    timer.dueAt = RestoreSchedule.dueAt(market, restoreDate);
    timer.state = TimerState.SCHEDULED;
    Map<String, String> parameters =
        Map.of("counterNoticeId", counter.id.toString(), "restoreDate", restoreDate.toString());
    return counters
        .persist(counter)
        .call(() -> contacts.persist(contact))
        .call(() -> timers.persist(timer))
        .call(
            () ->
                history.record(
                    "NOTICE",
                    notice.id.toString(),
                    notice.organisationId,
                    caller.subject(),
                    "COUNTER_NOTICED",
                    "restore on " + restoreDate))
        .call(() -> notifications.toNotifier(notice, "ipr.counter-notice.copy", parameters))
        .call(
            () ->
                notifications.toAccount(
                    notice,
                    counter.accountId,
                    accountType,
                    "ipr.counter-notice.received",
                    parameters))
        .map(
            x ->
                new CounterNoticeView(
                    counter.id,
                    notice.id,
                    counter.accountId,
                    counter.receivedAt,
                    restoreDate,
                    notice.state));
  }

  /** 422 naming every element the market's pack requires and the counter-notice lacks. */
  static void requireElements(IprPack pack, Filing filing) {
    Set<CounterNoticeElement> missing = pack.requiredCounterNoticeElements();
    missing.removeAll(filing.present());
    if (!missing.isEmpty()) {
      List<String> names = missing.stream().map(Enum::name).toList();
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "the counter-notice lacks elements " + pack.market() + " requires: " + names,
          missing.stream()
              .map(e -> new FieldViolation(e.field(), "missing element " + e.name()))
              .toList(),
          Map.of("missingElements", names));
    }
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
