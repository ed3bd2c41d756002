package com.shopwarden.enforcement.audit;

import com.shopwarden.enforcement.EnforcementConfig;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Anchors the audit chain's head outside the chain: periodically, when entries were appended since
 * the last anchor, the head's sequence number and hash are recorded in {@code audit_anchor}, signed
 * with the configured key, written to the log (shipped off the database host) and exposed as the
 * metric {@code shopwarden_enforcement_audit_anchor_seq}. Deleting the newest entries then breaks
 * verification against the latest anchor; deleting anchor rows as well is caught by the anchor this
 * instance remembers, by the log and the metric's history (a falling value), and by an auditor who
 * checks an anchor taken from them ({@code GET /api/v1/audit/verification?anchorSeq=&anchorHash=}).
 */
@ApplicationScoped
public class AuditAnchoring {

  private static final Logger LOG = Logger.getLogger(AuditAnchoring.class);

  /** An anchored head: what verification requires to be present and unchanged. */
  public record AnchorPoint(long seq, String hash, Instant anchoredAt) {}

  private final Clock clock;
  private final Optional<AnchorSignature> signature;
  private final AtomicLong anchoredSeq = new AtomicLong();
  private volatile AnchorPoint remembered;

  public AuditAnchoring(EnforcementConfig config, Clock clock, MeterRegistry meters) {
    this.clock = clock;
    this.signature = config.audit().anchorKey().map(AnchorSignature::new);
    meters.gauge("shopwarden.enforcement.audit.anchor.seq", anchoredSeq);
  }

  void onStart(@Observes StartupEvent event) {
    if (signature.isEmpty() && LaunchMode.current() == LaunchMode.NORMAL) {
      LOG.warn(
          "audit anchors are unsigned: set shopwarden.enforcement.audit.anchor-key"
              + " (SHOPWARDEN_ENFORCEMENT_AUDIT_ANCHOR_KEY) so a database writer cannot forge them");
    }
  }

  @Scheduled(
      every = "${shopwarden.enforcement.audit.anchor-interval:1m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> tick() {
    return anchor()
        .onFailure()
        .invoke(e -> LOG.warnf("audit anchoring failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /**
   * Anchors the chain's current head unless it is anchored already (or the chain is empty); returns
   * the new anchor, or {@code null}. Holds the chain's lock, so the head cannot move meanwhile and
   * replicas anchoring at once record it once.
   */
  public Uni<AuditAnchor> anchor() {
    return Panache.withTransaction(
        () ->
            AuditLog.lockChain()
                .chain(
                    () ->
                        AuditEntry.<AuditEntry>find("order by seq desc").<AuditEntry>firstResult())
                .flatMap(head -> latest().flatMap(last -> anchorIfNew(head, last))));
  }

  private Uni<AuditAnchor> anchorIfNew(AuditEntry head, AuditAnchor last) {
    if (last != null) {
      remember(last);
    }
    if (head == null || (last != null && last.seq >= head.seq)) {
      return Uni.createFrom().nullItem();
    }
    AuditAnchor anchor = new AuditAnchor();
    anchor.seq = head.seq;
    anchor.hash = head.hash;
    // The database keeps microseconds: sign what will be read back.
    anchor.anchoredAt = clock.instant().truncatedTo(ChronoUnit.MICROS);
    anchor.signature =
        signature.map(s -> s.sign(anchor.seq, anchor.hash, anchor.anchoredAt)).orElse(null);
    return anchor
        .<AuditAnchor>persist()
        .invoke(
            saved -> {
              remember(saved);
              // The log is the copy of the anchor that lives off the database host.
              LOG.infof(
                  "audit chain anchored: seq=%d hash=%s anchoredAt=%s signature=%s",
                  saved.seq, saved.hash, saved.anchoredAt, saved.signature);
            });
  }

  /** The newest anchor in the table; {@code null} when none was written. Needs a session. */
  public Uni<AuditAnchor> latest() {
    return AuditAnchor.<AuditAnchor>find("order by seq desc").firstResult();
  }

  /**
   * Whether an anchor carries a valid signature of the configured key; without a key there is
   * nothing to check.
   */
  public boolean signedCorrectly(AuditAnchor anchor) {
    return signature
        .map(s -> s.verify(anchor.seq, anchor.hash, anchor.anchoredAt, anchor.signature))
        .orElse(true);
  }

  /** Keeps the newest anchor this instance wrote or read, in case the table loses rows. */
  void remember(AuditAnchor anchor) {
    synchronized (anchoredSeq) {
      if (remembered == null || anchor.seq > remembered.seq()) {
        remembered = new AnchorPoint(anchor.seq, anchor.hash, anchor.anchoredAt);
        anchoredSeq.set(anchor.seq);
      }
    }
  }

  /** The newest anchor this instance wrote or read since it started; {@code null} when none. */
  public AnchorPoint remembered() {
    return remembered;
  }
}
