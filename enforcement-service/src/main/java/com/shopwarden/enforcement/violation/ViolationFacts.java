package com.shopwarden.enforcement.violation;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ConfirmedViolation;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.ipr.NoticeUpheld;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import java.time.LocalDate;

/** The facts of a confirmed violation, however it arrived (event or platform API). */
public record ViolationFacts(
    String market,
    String violationKey,
    String accountId,
    AccountType accountType,
    String contentId,
    int contentVersion,
    ContentKind contentKind,
    LocalDate contentDate,
    String language,
    String ean,
    String policyCode,
    Severity severity,
    Detection detection,
    DecisionMode decision,
    ViolationSource source,
    String strategyId,
    Integer strategyVersion,
    String evidenceSnapshotId,
    String noticeId) {

  public static ViolationFacts of(ViolationConfirmed e) {
    return of(e, e.strategyId(), e.strategyVersion(), e.evidenceSnapshotId(), null);
  }

  public static ViolationFacts of(NoticeUpheld e) {
    return of(e, null, null, e.evidenceSnapshotId(), e.noticeId());
  }

  /** The facts both producers state alike, plus what only one of them carries. */
  private static ViolationFacts of(
      ConfirmedViolation e,
      String strategyId,
      Integer strategyVersion,
      String evidenceSnapshotId,
      String noticeId) {
    return new ViolationFacts(
        e.market(),
        e.violationKey(),
        e.accountId(),
        e.accountType(),
        e.contentId(),
        e.contentVersion(),
        e.contentKind(),
        e.contentDate(),
        e.language(),
        e.ean(),
        e.policyCode(),
        e.severity(),
        e.detection(),
        e.decision(),
        e.source(),
        strategyId,
        strategyVersion,
        evidenceSnapshotId,
        noticeId);
  }
}
