package com.shopwarden.enforcement.audit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Walks the audit chain in pages and recomputes every hash: an edited row no longer matches its
 * hash, a deleted row leaves a gap in the sequence and a broken link in the next row.
 */
@ApplicationScoped
public class AuditVerifier {

  private static final int PAGE = 500;

  /** Checks the whole chain. */
  @WithSession
  public Uni<AuditVerification> verify() {
    return walk(0, AuditChain.GENESIS, 0);
  }

  private Uni<AuditVerification> walk(long afterSeq, String previousHash, long checked) {
    return AuditEntry.<AuditEntry>find("seq > ?1 order by seq", afterSeq)
        .page(0, PAGE)
        .list()
        .flatMap(
            page -> {
              AuditVerification broken = check(page, afterSeq, previousHash, checked);
              if (broken != null) {
                return Uni.createFrom().item(broken);
              }
              long total = checked + page.size();
              if (page.size() < PAGE) {
                return Uni.createFrom().item(new AuditVerification(true, total, null, null));
              }
              AuditEntry last = page.get(page.size() - 1);
              return walk(last.seq, last.hash, total);
            });
  }

  private static AuditVerification check(
      List<AuditEntry> page, long afterSeq, String previousHash, long checked) {
    long expectedSeq = afterSeq + 1;
    String expectedPrevious = previousHash;
    long count = checked;
    for (AuditEntry entry : page) {
      if (entry.seq != expectedSeq) {
        return new AuditVerification(
            false, count, expectedSeq, "entry " + expectedSeq + " is missing");
      }
      if (!entry.previousHash.equals(expectedPrevious)) {
        return new AuditVerification(
            false, count, entry.seq, "entry " + entry.seq + " does not link to its predecessor");
      }
      if (!entry.hash.equals(AuditChain.hash(entry))) {
        return new AuditVerification(
            false, count, entry.seq, "entry " + entry.seq + " was changed after it was written");
      }
      expectedSeq++;
      expectedPrevious = entry.hash;
      count++;
    }
    return null;
  }
}
