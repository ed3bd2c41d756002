package com.shopwarden.moderation.audit;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Records changes to lists and strategies in the caller's transaction, and reads them back. */
@ApplicationScoped
public class PolicyChangeLog {

  private final Clock clock;

  public PolicyChangeLog(Clock clock) {
    this.clock = clock;
  }

  /** Adds one entry to the history; call inside the transaction that makes the change. */
  public Uni<Void> record(
      String market, String subject, UUID subjectId, int version, String change, String who) {
    return record(market, subject, subjectId, version, change, who, null);
  }

  /** Adds one entry with the author's reason; call inside the transaction that makes the change. */
  public Uni<Void> record(
      String market,
      String subject,
      UUID subjectId,
      int version,
      String change,
      String who,
      String reason) {
    PolicyChange row = new PolicyChange();
    row.id = UUID.randomUUID();
    row.market = market;
    row.subject = subject;
    row.subjectId = subjectId;
    row.version = version;
    row.change = change.length() > 500 ? change.substring(0, 500) : change;
    row.changedBy = who;
    row.changedAt = clock.instant();
    row.reason = reason;
    return row.persist().replaceWithVoid();
  }

  /**
   * A stamp of a market's change history: it differs as soon as any list or strategy of the market
   * changed, in any replica.
   */
  public Uni<String> stamp(String market) {
    return io.quarkus.hibernate.reactive.panache.Panache.getSession()
        .flatMap(
            session ->
                session
                    .createSelectionQuery(
                        "select count(p), max(p.changedAt) from PolicyChange p where p.market = :m",
                        Object[].class)
                    .setParameter("m", market)
                    .getSingleResult())
        .map(row -> row[0] + "@" + row[1]);
  }

  /** The history of one list or strategy, oldest first. */
  public Uni<List<PolicyChange>> historyOf(UUID subjectId) {
    return PolicyChange.find("subjectId = ?1 order by version, changedAt", subjectId).list();
  }
}
