package com.shopwarden.health.ledger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The entries of accounts' ledgers. */
@ApplicationScoped
public class LedgerEntryRepository implements PanacheRepositoryBase<LedgerEntry, UUID> {

  /** Entries that may still count at {@code now}: not voided and not yet expired. */
  public Uni<List<LedgerEntry>> activeAt(String market, String accountId, Instant now) {
    return list(
        "market = ?1 and accountId = ?2 and voidedAt is null and expiresAt > ?3"
            + " order by issuedAt, id",
        market,
        accountId,
        now);
  }

  public Uni<List<LedgerEntry>> byAction(String market, String accountId, String actionId) {
    return list("market = ?1 and accountId = ?2 and actionId = ?3", market, accountId, actionId);
  }

  /** Entries holding any of the violation keys. */
  @SuppressWarnings("unchecked")
  public Uni<List<UUID>> entryIdsOfViolations(
      String market, String accountId, List<String> violationKeys) {
    if (violationKeys.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select entry_id from ledger_violation where market = ?1"
                            + " and account_id = ?2 and violation_key = any(?3)",
                        UUID.class)
                    .setParameter(1, market)
                    .setParameter(2, accountId)
                    .setParameter(3, violationKeys.toArray(String[]::new))
                    .getResultList());
  }

  /** Records that the entry holds the violation's points. */
  public Uni<Void> claimViolation(
      String market, String accountId, String violationKey, UUID entryId) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "insert into ledger_violation (market, account_id, violation_key, entry_id)"
                            + " values (?1, ?2, ?3, ?4)")
                    .setParameter(1, market)
                    .setParameter(2, accountId)
                    .setParameter(3, violationKey)
                    .setParameter(4, entryId)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** The latest reward of a kind, to grant each reward at most once per period. */
  public Uni<LedgerEntry> latestReward(String market, String accountId, String rewardCode) {
    return find(
            "market = ?1 and accountId = ?2 and rewardCode = ?3 order by issuedAt desc",
            market,
            accountId,
            rewardCode)
        .firstResult();
  }

  /** The reward granted under the caller's reference, if any (a retried grant). */
  public Uni<LedgerEntry> rewardByReference(
      String market, String accountId, String rewardCode, String reference) {
    return find(
            "market = ?1 and accountId = ?2 and rewardCode = ?3 and reference = ?4",
            market,
            accountId,
            rewardCode,
            reference)
        .firstResult();
  }

  /**
   * The violations issued after {@code since} and not voided, oldest first: the account's violation
   * velocity, repeat patterns and recent violation count.
   */
  public Uni<List<IssuedViolation>> violationsIssuedAfter(
      String market, String accountId, Instant since) {
    return find(
            "market = ?1 and accountId = ?2 and kind = ?3 and voidedAt is null and issuedAt > ?4"
                + " order by issuedAt, id",
            market,
            accountId,
            EntryKind.VIOLATION,
            since)
        .project(IssuedViolation.class)
        .list();
  }

  /**
   * The entry that most recently stopped counting by its expiry at {@code now}: what a change found
   * by the scheduler is attributed to.
   */
  public Uni<LedgerEntry> latestLapsed(String market, String accountId, Instant now) {
    return find(
            "market = ?1 and accountId = ?2 and voidedAt is null and expiresAt <= ?3"
                + " order by expiresAt desc, id desc",
            market,
            accountId,
            now)
        .firstResult();
  }

  /**
   * A violation as the risk and recent-violation figures need it, read without loading the entry.
   *
   * @param issuedAt when its points were issued
   * @param policyCode the violated policy; null for older events
   * @param violationKeys its violation keys, one per line
   */
  public record IssuedViolation(Instant issuedAt, String policyCode, String violationKeys) {

    /** How many violations the entry books (one per key; at least one). */
    public int violations() {
      return violationKeys == null || violationKeys.isEmpty()
          ? 1
          : violationKeys.split("\n").length;
    }
  }
}
