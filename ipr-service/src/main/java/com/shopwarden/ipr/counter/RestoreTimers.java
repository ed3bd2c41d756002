package com.shopwarden.ipr.counter;

import com.shopwarden.contracts.ipr.ContentRestoreDue;
import com.shopwarden.ipr.counter.RestoreTimer.TimerState;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.notice.Notice;
import com.shopwarden.ipr.notice.NoticeItem;
import com.shopwarden.ipr.notice.NoticeItemRepository;
import com.shopwarden.ipr.notice.NoticeNotifications;
import com.shopwarden.ipr.notice.NoticeRepository;
import com.shopwarden.ipr.notice.NoticeState;
import com.shopwarden.ipr.strike.StrikeLedger;
import com.shopwarden.outbox.Outbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Fires restore timers whose day has come. The timers live in the database, so a restart loses
 * none; each poll locks due rows with {@code for update skip locked} and marks them fired in the
 * same transaction that publishes {@link ContentRestoreDue}, so each fires exactly once however
 * many replicas poll.
 */
@ApplicationScoped
public class RestoreTimers {

  private static final Logger LOG = Logger.getLogger(RestoreTimers.class);
  private static final int BATCH = 50;

  private final RestoreTimerRepository timers;
  private final CounterNoticeRepository counters;
  private final NoticeRepository notices;
  private final NoticeItemRepository items;
  private final StrikeLedger strikes;
  private final NoticeNotifications notifications;
  private final HistoryRepository history;
  private final Outbox outbox;
  private final Clock clock;

  public RestoreTimers(
      RestoreTimerRepository timers,
      CounterNoticeRepository counters,
      NoticeRepository notices,
      NoticeItemRepository items,
      StrikeLedger strikes,
      NoticeNotifications notifications,
      HistoryRepository history,
      Outbox outbox,
      Clock clock) {
    this.timers = timers;
    this.counters = counters;
    this.notices = notices;
    this.items = items;
    this.strikes = strikes;
    this.notifications = notifications;
    this.history = history;
    this.outbox = outbox;
    this.clock = clock;
  }

  @Scheduled(
      every = "${shopwarden.ipr.timer-poll-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    return fireDue()
        .onFailure()
        .invoke(e -> LOG.warnf("restore timer pass failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Fires every timer due at the clock's now; returns how many this pass fired. */
  public Uni<Integer> fireDue() {
    Instant now = clock.instant();
    return Panache.withTransaction(
        () ->
            timers
                .lockDue(now, BATCH)
                .chain(
                    due -> {
                      Uni<Void> chain = Uni.createFrom().voidItem();
                      for (RestoreTimer timer : due) {
                        chain = chain.call(() -> fire(timer, now));
                      }
                      return chain.map(x -> due.size());
                    }));
  }

  private Uni<Void> fire(RestoreTimer timer, Instant now) {
    timer.state = TimerState.FIRED;
    timer.firedAt = now;
    return counters
        .findById(timer.counterNoticeId)
        .chain(
            counter ->
                notices
                    .findById(timer.noticeId)
                    .chain(
                        notice ->
                            items
                                .of(notice.id)
                                .chain(found -> restore(timer, counter, notice, found, now))));
  }

  private Uni<Void> restore(
      RestoreTimer timer,
      CounterNotice counter,
      Notice notice,
      List<NoticeItem> found,
      Instant now) {
    List<NoticeItem> own =
        found.stream().filter(i -> i.accountId.equals(counter.accountId)).toList();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (NoticeItem item : own) {
      ContentRestoreDue event =
          new ContentRestoreDue(
              UUID.randomUUID(),
              notice.market,
              now,
              notice.id.toString(),
              item.contentId,
              item.violationKey,
              item.accountId,
              item.accountType);
      chain = chain.call(() -> outbox.publish(event));
    }
    Map<String, String> parameters = Map.of("restoreDate", timer.restoreDate.toString());
    return chain
        .call(() -> strikes.remove(notice.id, counter.accountId, StrikeLedger.COUNTER_NOTICE))
        .call(() -> timers.flush())
        .chain(() -> timers.scheduled(notice.id))
        .call(
            remaining -> {
              if (remaining.isEmpty() && notice.state == NoticeState.RESTORE_SCHEDULED) {
                notice.moveTo(NoticeState.RESTORED);
              }
              return history.record(
                  "NOTICE",
                  notice.id.toString(),
                  notice.organisationId,
                  "system",
                  "CONTENT_RESTORE_DUE",
                  counter.accountId);
            })
        .call(() -> notifications.toNotifier(notice, "ipr.content.restored", parameters))
        .call(
            () ->
                notifications.toAccount(
                    notice,
                    counter.accountId,
                    counter.accountType,
                    "ipr.content.restored",
                    parameters))
        .replaceWithVoid();
  }
}
