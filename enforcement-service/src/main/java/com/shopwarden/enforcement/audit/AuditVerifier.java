package com.shopwarden.enforcement.audit;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Walks the audit chain in pages and recomputes every hash: an edited row no longer matches its
 * hash, a deleted row leaves a gap in the sequence and a broken link in the next row. The newest
 * anchor (and the one this instance remembers, and one an auditor brings from outside) must name an
 * entry that is still there with the same hash, so deleting the newest rows is caught too.
 */
@ApplicationScoped
public class AuditVerifier {

  private static final int PAGE = 500;

  /** An anchored entry the chain must still hold, and where the expectation comes from. */
  public record Expected(long seq, String hash, String source) {}

  private final AuditAnchoring anchoring;

  public AuditVerifier(AuditAnchoring anchoring) {
    this.anchoring = anchoring;
  }

  /** Checks the whole chain against its anchors. */
  @WithSession
  public Uni<AuditVerification> verify() {
    return verify(null);
  }

  /**
   * Checks the whole chain against its anchors and, when given, an anchor the auditor recorded
   * outside the system (from the log or the metric's history).
   */
  @WithSession
  public Uni<AuditVerification> verify(Expected external) {
    return anchoring
        .latest()
        .flatMap(
            latest -> {
              if (latest != null && !anchoring.signedCorrectly(latest)) {
                return Uni.createFrom()
                    .item(
                        AuditVerification.broken(
                            0,
                            latest.seq,
                            "the anchor of entry "
                                + latest.seq
                                + " does not carry a valid signature (forged, edited, or signed"
                                + " with another key)",
                            latest));
              }
              if (latest != null) {
                anchoring.remember(latest);
              }
              AuditAnchoring.AnchorPoint remembered = anchoring.remembered();
              TreeMap<Long, List<Expected>> expected = new TreeMap<>();
              if (latest != null) {
                add(
                    expected,
                    new Expected(
                        latest.seq, latest.hash, "the anchor taken at " + latest.anchoredAt));
              }
              boolean anchorRowsLost = remembered != null && remembered.seq() > latestSeq(latest);
              if (anchorRowsLost) {
                add(
                    expected,
                    new Expected(
                        remembered.seq(),
                        remembered.hash(),
                        "the anchor taken at " + remembered.anchoredAt() + " (held in memory)"));
              }
              if (external != null) {
                add(expected, external);
              }
              return walk(0, AuditChain.GENESIS, 0, expected, latest)
                  .map(
                      result ->
                          result.intact() && anchorRowsLost
                              ? AuditVerification.broken(
                                  result.entries(),
                                  remembered.seq(),
                                  "the anchor of entry "
                                      + remembered.seq()
                                      + " taken at "
                                      + remembered.anchoredAt()
                                      + " was removed from the anchor table",
                                  latest)
                              : result);
            });
  }

  private static long latestSeq(AuditAnchor latest) {
    return latest == null ? 0 : latest.seq;
  }

  private static void add(TreeMap<Long, List<Expected>> expected, Expected e) {
    expected.computeIfAbsent(e.seq(), s -> new ArrayList<>()).add(e);
  }

  private Uni<AuditVerification> walk(
      long afterSeq,
      String previousHash,
      long checked,
      TreeMap<Long, List<Expected>> expected,
      AuditAnchor latest) {
    return AuditEntry.<AuditEntry>find("seq > ?1 order by seq", afterSeq)
        .page(0, PAGE)
        .list()
        .flatMap(
            page -> {
              AuditVerification broken =
                  check(page, afterSeq, previousHash, checked, expected, latest);
              if (broken != null) {
                return Uni.createFrom().item(broken);
              }
              long total = checked + page.size();
              if (page.size() == PAGE) {
                AuditEntry last = page.get(page.size() - 1);
                return walk(last.seq, last.hash, total, expected, latest);
              }
              long headSeq = page.isEmpty() ? afterSeq : page.get(page.size() - 1).seq;
              String headHash = page.isEmpty() ? previousHash : page.get(page.size() - 1).hash;
              // Anything still expected lies beyond the head: the newest entries are gone.
              if (!expected.isEmpty()) {
                Expected beyond = expected.firstEntry().getValue().get(0);
                return Uni.createFrom()
                    .item(
                        AuditVerification.broken(
                            total,
                            headSeq + 1,
                            "entries from "
                                + (headSeq + 1)
                                + " on are missing: the chain ends at "
                                + headSeq
                                + " but "
                                + beyond.source()
                                + " names entry "
                                + beyond.seq(),
                            latest));
              }
              return Uni.createFrom()
                  .item(
                      new AuditVerification(
                          true,
                          total,
                          null,
                          null,
                          headSeq == 0 ? null : headSeq,
                          headSeq == 0 ? null : headHash,
                          latest == null ? null : latest.seq,
                          latest == null ? null : latest.anchoredAt));
            });
  }

  private static AuditVerification check(
      List<AuditEntry> page,
      long afterSeq,
      String previousHash,
      long checked,
      TreeMap<Long, List<Expected>> expected,
      AuditAnchor latest) {
    long expectedSeq = afterSeq + 1;
    String expectedPrevious = previousHash;
    long count = checked;
    for (AuditEntry entry : page) {
      if (entry.seq != expectedSeq) {
        return AuditVerification.broken(
            count, expectedSeq, "entry " + expectedSeq + " is missing", latest);
      }
      if (!entry.previousHash.equals(expectedPrevious)) {
        return AuditVerification.broken(
            count, entry.seq, "entry " + entry.seq + " does not link to its predecessor", latest);
      }
      if (!entry.hash.equals(AuditChain.hash(entry))) {
        return AuditVerification.broken(
            count, entry.seq, "entry " + entry.seq + " was changed after it was written", latest);
      }
      List<Expected> anchors = expected.remove(entry.seq);
      if (anchors != null) {
        for (Expected anchor : anchors) {
          if (!anchor.hash().equals(entry.hash)) {
            return AuditVerification.broken(
                count,
                entry.seq,
                "entry " + entry.seq + " is not the entry " + anchor.source() + " names",
                latest);
          }
        }
      }
      expectedSeq++;
      expectedPrevious = entry.hash;
      count++;
    }
    return null;
  }
}
