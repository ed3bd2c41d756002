package com.shopwarden.health.signals;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Stored commerce counts. */
@ApplicationScoped
public class SignalRepository {

  private static final String UPSERT =
      "insert into commerce_signal (id, market, account_id, account_type, kind, count,"
          + " period_start, period_end, received_at) values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"
          + " on conflict (market, account_id, kind, period_start, period_end)"
          + " do update set count = excluded.count, account_type = excluded.account_type,"
          + " received_at = excluded.received_at";

  /** Stores the count, replacing an earlier count of the same account, kind and period. */
  public Uni<Void> upsert(SignalRow row, Instant receivedAt) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(UPSERT)
                    .setParameter(1, UUID.randomUUID())
                    .setParameter(2, row.market())
                    .setParameter(3, row.accountId())
                    .setParameter(4, row.accountType().name())
                    .setParameter(5, row.kind().name())
                    .setParameter(6, row.count())
                    .setParameter(7, row.periodStart())
                    .setParameter(8, row.periodEnd())
                    .setParameter(9, receivedAt)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** Counts per kind of the periods ending in {@code (from, to]}, with the earliest such end. */
  @SuppressWarnings("unchecked")
  public Uni<List<KindCount>> countsEndingIn(
      String market, String accountId, Instant from, Instant to) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select kind, sum(count), min(period_end) from commerce_signal where market = ?1"
                            + " and account_id = ?2 and period_end > ?3 and period_end <= ?4"
                            + " group by kind",
                        Object[].class)
                    .setParameter(1, market)
                    .setParameter(2, accountId)
                    .setParameter(3, from)
                    .setParameter(4, to)
                    .getResultList())
        .map(
            rows -> {
              List<KindCount> counts = new ArrayList<>();
              for (Object row : rows) {
                Object[] columns = (Object[]) row;
                counts.add(
                    new KindCount(
                        (String) columns[0],
                        ((Number) columns[1]).longValue(),
                        instant(columns[2])));
              }
              return counts;
            });
  }

  private static Instant instant(Object value) {
    if (value instanceof java.time.OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return (Instant) value;
  }

  /**
   * A kind's total over a window.
   *
   * @param kind the signal kind
   * @param count the sum of its counts
   * @param earliestEnd the earliest end of the periods counted: the first to leave the window
   */
  public record KindCount(String kind, long count, Instant earliestEnd) {}
}
