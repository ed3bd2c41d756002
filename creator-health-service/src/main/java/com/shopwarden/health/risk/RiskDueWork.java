package com.shopwarden.health.risk;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/**
 * Refreshes risk scores whose features change with nobody acting: each score carries the instant it
 * next changes; a pass locks due scores with {@code for update skip locked} (replicas share them)
 * and recomputes them. Found through an index, so no pass reads accounts that are not due.
 */
@ApplicationScoped
public class RiskDueWork {

  private final RiskScoring scoring;

  public RiskDueWork(RiskScoring scoring) {
    this.scoring = scoring;
  }

  /**
   * Refreshes up to {@code limit} scores due at {@code now} in one transaction; answers how many.
   */
  public Uni<Integer> refreshDue(Instant now, int limit) {
    return Panache.withTransaction(
        () ->
            lockDue(now, limit)
                .flatMap(
                    due -> {
                      Uni<Void> work = Uni.createFrom().voidItem();
                      for (Object[] score : due) {
                        work =
                            work.chain(
                                () ->
                                    scoring.refresh(
                                        (String) score[0],
                                        (String) score[1],
                                        (String) score[2],
                                        now));
                      }
                      return work.replaceWith(due.size());
                    }));
  }

  @SuppressWarnings("unchecked")
  private Uni<List<Object[]>> lockDue(Instant now, int limit) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select market, account_id, account_type from risk_score"
                            + " where next_due_at <= ?1 order by next_due_at limit ?2"
                            + " for update skip locked",
                        Object[].class)
                    .setParameter(1, now)
                    .setParameter(2, limit)
                    .getResultList())
        .map(rows -> (List<Object[]>) (List<?>) rows);
  }
}
