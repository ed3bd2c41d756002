package com.shopwarden.ipr.retention;

import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.notice.Notice;
import com.shopwarden.ipr.notice.NoticeContact;
import com.shopwarden.ipr.notice.NoticeContactRepository;
import com.shopwarden.ipr.notice.NoticeRepository;
import com.shopwarden.ipr.notice.NoticeState;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.IprPacks;
import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Redacts notifier and counter-notifier contact data once the market pack's retention period has
 * passed since the notice's last activity (its latest history entry), and only when no step of the
 * workflow waits for the notifier: not while the notice is in review or a restore is scheduled. The
 * fields are cleared in place and the time of redaction kept; the notice, its history and its
 * events never held the data. Driven by the injected clock, so tests move time instead of waiting.
 */
@ApplicationScoped
public class ContactRetention {

  /** States in which the workflow may still need to reach the notifier; never redacted. */
  static final Set<NoticeState> IN_PROGRESS =
      EnumSet.of(
          NoticeState.SUBMITTED,
          NoticeState.UNDER_REVIEW,
          NoticeState.COUNTER_NOTICED,
          NoticeState.RESTORE_SCHEDULED);

  private static final Logger LOG = Logger.getLogger(ContactRetention.class);

  private final NoticeRepository notices;
  private final NoticeContactRepository contacts;
  private final HistoryRepository history;
  private final ServedMarkets served;
  private final IprPacks packs;
  private final IprConfig config;
  private final Clock clock;

  public ContactRetention(
      NoticeRepository notices,
      NoticeContactRepository contacts,
      HistoryRepository history,
      ServedMarkets served,
      IprPacks packs,
      IprConfig config,
      Clock clock) {
    this.notices = notices;
    this.contacts = contacts;
    this.history = history;
    this.served = served;
    this.packs = packs;
    this.config = config;
    this.clock = clock;
  }

  @Scheduled(
      every = "${shopwarden.ipr.retention-poll-interval:1h}",
      delayed = "1m",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> poll() {
    return redactDue()
        .onFailure()
        .invoke(e -> LOG.warnf("contact retention pass failed: %s", e.getClass().getSimpleName()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /** Redacts every contact past its market's retention at the clock's now; returns how many. */
  public Uni<Integer> redactDue() {
    Instant now = clock.instant();
    Uni<Integer> total = Uni.createFrom().item(0);
    for (Market market : served.markets()) {
      IprPack pack = packs.of(market.code());
      Instant cutoff = now.minus(pack.contactRetention());
      total =
          total.chain(
              sum -> redactMarket(market.code().name(), cutoff, pack, now).map(n -> sum + n));
    }
    return total;
  }

  /** Batch after batch, each in its own transaction, until the market has none left. */
  private Uni<Integer> redactMarket(String market, Instant cutoff, IprPack pack, Instant now) {
    return Panache.withTransaction(() -> due(market, cutoff).chain(ids -> redact(ids, pack, now)))
        .chain(
            n ->
                n < config.retentionBatchSize()
                    ? Uni.createFrom().item(n)
                    : redactMarket(market, cutoff, pack, now).map(more -> n + more));
  }

  /**
   * Notices of the market whose contact is kept, no longer needed by the workflow and last active
   * before the cutoff; their contact rows locked, skipping those another replica is redacting.
   */
  private Uni<List<UUID>> due(String market, Instant cutoff) {
    String inProgress =
        IN_PROGRESS.stream().map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));
    String sql =
        "select n.id from notice n join notice_contact c on c.notice_id = n.id"
            + " where n.market = ?1 and c.redacted_at is null"
            // Last activity is never before receipt: this bounds the scan to old notices.
            + " and n.received_at < ?2"
            + " and n.state not in ("
            + inProgress
            + ") and coalesce((select max(h.at) from ipr_history h"
            + " where h.subject_type = 'NOTICE' and h.subject_id = cast(n.id as text)),"
            + " n.received_at) < ?2"
            + " order by n.id limit ?3 for update of c skip locked";
    return Panache.getSession()
        .chain(
            session ->
                session
                    .createNativeQuery(sql, UUID.class)
                    .setParameter(1, market)
                    .setParameter(2, cutoff)
                    .setParameter(3, config.retentionBatchSize())
                    .getResultList());
  }

  private Uni<Integer> redact(List<UUID> noticeIds, IprPack pack, Instant now) {
    if (noticeIds.isEmpty()) {
      return Uni.createFrom().item(0);
    }
    return contacts
        .list("noticeId in ?1", noticeIds)
        .call(
            found -> {
              found.forEach(c -> clear(c, now));
              return Panache.getSession()
                  .chain(
                      session ->
                          session
                              .createMutationQuery(
                                  "update CounterNoticeContact set name = null, email = null,"
                                      + " phone = null, address = null, signature = null,"
                                      + " redactedAt = :now where redactedAt is null and"
                                      + " counterNoticeId in (select c.id from CounterNotice c"
                                      + " where c.noticeId in :notices)")
                              .setParameter("now", now)
                              .setParameter("notices", noticeIds)
                              .executeUpdate());
            })
        .call(() -> notices.list("id in ?1", noticeIds).call(found -> record(found, pack)))
        .map(List::size);
  }

  private Uni<Void> record(List<Notice> redacted, IprPack pack) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Notice notice : redacted) {
      chain =
          chain.call(
              () ->
                  history.record(
                      "NOTICE",
                      notice.id.toString(),
                      notice.organisationId,
                      "system",
                      "CONTACT_REDACTED",
                      "retention of " + pack.contactRetention() + " after the last activity"));
    }
    return chain;
  }

  private static void clear(NoticeContact contact, Instant now) {
    contact.name = null;
    contact.email = null;
    contact.phone = null;
    contact.address = null;
    contact.signature = null;
    contact.redactedAt = now;
  }
}
