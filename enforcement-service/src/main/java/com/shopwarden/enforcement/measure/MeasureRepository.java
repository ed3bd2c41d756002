package com.shopwarden.enforcement.measure;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stored measures. */
@ApplicationScoped
public class MeasureRepository implements PanacheRepositoryBase<Measure, UUID> {

  private static final String DUE =
      "select * from measure where state = 'APPLIED' and ends_at is not null and ends_at <= ?1"
          + " order by ends_at limit ?2 for update skip locked";

  private static final String OF_VIOLATIONS =
      "select m.* from measure m where m.id in (select measure_id from measure_violation"
          + " where violation_key in (?1)) order by m.starts_at";

  public Uni<Measure> findByTriggerKey(String triggerKey) {
    return find("triggerKey", triggerKey).firstResult();
  }

  /**
   * Applied measures whose end has passed, locked for this transaction; rows another replica holds
   * are skipped, so replicas share the work without ending a measure twice.
   */
  public Uni<List<Measure>> lockDue(Instant now, int limit) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(DUE, Measure.class)
                    .setParameter(1, now)
                    .setParameter(2, limit)
                    .getResultList());
  }

  /** Every measure answering one of the violations. */
  public Uni<List<Measure>> ofViolations(Collection<String> violationKeys) {
    if (violationKeys.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(OF_VIOLATIONS, Measure.class)
                    .setParameter(1, List.copyOf(violationKeys))
                    .getResultList());
  }

  /** Links a measure to the violations it answers. */
  public Uni<Void> link(UUID measureId, List<String> violationKeys) {
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (String key : violationKeys) {
      chain =
          chain.chain(
              () ->
                  Panache.getSession()
                      .flatMap(
                          session ->
                              session
                                  .createNativeQuery(
                                      "insert into measure_violation (measure_id, violation_key)"
                                          + " values (?1, ?2)")
                                  .setParameter(1, measureId)
                                  .setParameter(2, key)
                                  .executeUpdate())
                      .replaceWithVoid());
    }
    return chain;
  }

  /** Measures of an account in a market, newest first, bounded. */
  public Uni<List<Measure>> ofAccount(String market, String accountId, int limit) {
    return find("market = ?1 and accountId = ?2 order by startsAt desc, id", market, accountId)
        .page(0, limit)
        .list();
  }
}
