package com.shopwarden.health.trend;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Trend windows and alert episodes. */
@ApplicationScoped
public class TrendRepository implements PanacheRepositoryBase<TrendAlertEpisode, UUID> {

  /** Records a violation once per key; answers whether it was new. */
  public Uni<Boolean> recordViolation(
      String violationKey, String market, String policyCode, String accountId, Instant at) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "insert into trend_violation (violation_key, market, policy_code,"
                            + " account_id, occurred_at) values (?1, ?2, ?3, ?4, ?5)"
                            + " on conflict do nothing")
                    .setParameter(1, violationKey)
                    .setParameter(2, market)
                    .setParameter(3, policyCode)
                    .setParameter(4, accountId)
                    .setParameter(5, at)
                    .executeUpdate())
        .map(inserted -> inserted == 1);
  }

  /** Serialises evaluations of one market and policy until the transaction ends. */
  public Uni<Void> lock(String market, String policyCode) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtext(?1))) locked",
                        Long.class)
                    .setParameter(1, market + ":" + policyCode)
                    .getSingleResult())
        .replaceWithVoid();
  }

  /**
   * Violations and distinct accounts in {@code (from, to]}: a violation confirmed at the instant of
   * evaluation already counts.
   */
  @SuppressWarnings("unchecked")
  public Uni<long[]> count(String market, String policyCode, Instant from, Instant to) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select count(*), count(distinct account_id) from trend_violation"
                            + " where market = ?1 and policy_code = ?2 and occurred_at > ?3"
                            + " and occurred_at <= ?4",
                        Object[].class)
                    .setParameter(1, market)
                    .setParameter(2, policyCode)
                    .setParameter(3, from)
                    .setParameter(4, to)
                    .getSingleResult())
        .map(
            row -> {
              Object[] columns = (Object[]) row;
              return new long[] {
                ((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()
              };
            });
  }

  /**
   * Violations in each of {@code windows} consecutive windows of length {@code window} after {@code
   * from}: window {@code i} is {@code (from + i·window, from + (i+1)·window]}, like the observed
   * one.
   */
  @SuppressWarnings("unchecked")
  public Uni<long[]> windowCounts(
      String market, String policyCode, Instant from, Duration window, int windows) {
    double seconds = window.toMillis() / 1000.0;
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select cast(ceil(extract(epoch from (occurred_at - ?3)) / ?4) as integer)"
                            + " - 1 as slot, count(*) from trend_violation where market = ?1"
                            + " and policy_code = ?2 and occurred_at > ?3 and occurred_at <= ?5"
                            + " group by slot",
                        Object[].class)
                    .setParameter(1, market)
                    .setParameter(2, policyCode)
                    .setParameter(3, from)
                    .setParameter(4, seconds)
                    .setParameter(5, from.plus(window.multipliedBy(windows)))
                    .getResultList())
        .map(
            rows -> {
              long[] counts = new long[windows];
              for (Object row : rows) {
                Object[] columns = (Object[]) row;
                int slot = ((Number) columns[0]).intValue();
                counts[Math.max(0, Math.min(windows - 1, slot))] +=
                    ((Number) columns[1]).longValue();
              }
              return counts;
            });
  }

  public Uni<TrendAlertEpisode> open(String market, String policyCode) {
    return find("market = ?1 and policyCode = ?2 and status = 'OPEN'", market, policyCode)
        .firstResult();
  }

  /** Open alerts, of one market or of all (for the scheduler), oldest first, bounded. */
  public Uni<List<TrendAlertEpisode>> allOpen(String market, int limit) {
    if (market == null) {
      return find("status = 'OPEN' order by raisedAt, id").page(0, limit).list();
    }
    return find("market = ?1 and status = 'OPEN' order by raisedAt, id", market)
        .page(0, limit)
        .list();
  }
}
