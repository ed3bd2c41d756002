package com.shopwarden.enforcement.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/**
 * Appends to the audit chain inside the caller's transaction. A transaction-scoped advisory lock
 * serialises appenders, so sequence numbers have no gaps and each entry links to the one committed
 * before it.
 */
@ApplicationScoped
public class AuditLog {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Advisory lock key of the chain's head ("AUDT"). */
  private static final long CHAIN_LOCK = 0x41554454L;

  private final Clock clock;

  public AuditLog(Clock clock) {
    this.clock = clock;
  }

  /** Appends an entry; details must hold ids and facts only, never personal data. */
  public Uni<Void> append(
      String kind, String subjectId, String market, String actor, Map<String, Object> details) {
    return append(kind, subjectId, market, actor, details, false);
  }

  /**
   * Appends an entry unless one of the same kind and subject is already in the chain (checked under
   * the chain's lock, so replicas starting together record it once).
   */
  public Uni<Void> appendOnce(
      String kind, String subjectId, String market, String actor, Map<String, Object> details) {
    return append(kind, subjectId, market, actor, details, true);
  }

  private Uni<Void> append(
      String kind,
      String subjectId,
      String market,
      String actor,
      Map<String, Object> details,
      boolean once) {
    String detailsJson;
    try {
      detailsJson = JSON.writeValueAsString(details);
    } catch (JsonProcessingException e) {
      return Uni.createFrom().failure(e);
    }
    // The database keeps microseconds: hash what will be read back.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    return lockChain()
        .chain(
            () ->
                once
                    ? AuditEntry.count("kind = ?1 and subjectId = ?2", kind, subjectId)
                    : Uni.createFrom().item(0L))
        .chain(
            recorded ->
                recorded > 0
                    ? Uni.createFrom().<Void>nullItem()
                    : AuditEntry.<AuditEntry>find("order by seq desc")
                        .<AuditEntry>firstResult()
                        .chain(
                            last -> link(last, kind, subjectId, market, actor, detailsJson, now)));
  }

  /**
   * Takes the chain's lock for the current transaction: appenders and anchoring see a head that no
   * one else moves until the transaction ends.
   */
  static Uni<Void> lockChain() {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(?1)) chain_lock")
                    .setParameter(1, CHAIN_LOCK)
                    .getSingleResult())
        .replaceWithVoid();
  }

  private static Uni<Void> link(
      AuditEntry last,
      String kind,
      String subjectId,
      String market,
      String actor,
      String detailsJson,
      Instant now) {
    AuditEntry entry = new AuditEntry();
    entry.seq = last == null ? 1 : last.seq + 1;
    entry.recordedAt = now;
    entry.kind = kind;
    entry.subjectId = subjectId;
    entry.market = market;
    entry.actor = actor;
    entry.details = detailsJson;
    entry.previousHash = last == null ? AuditChain.GENESIS : last.hash;
    entry.hash = AuditChain.hash(entry);
    return entry.persist().replaceWithVoid();
  }
}
