package com.shopwarden.ipr.pack;

import com.shopwarden.ipr.counter.CounterNoticeElement;
import com.shopwarden.ipr.counter.RestoreSchedule;
import com.shopwarden.ipr.notice.NoticeElement;
import com.shopwarden.ipr.notice.NoticeRegime;
import com.shopwarden.market.LegalRegime;
import com.shopwarden.market.Market;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

/**
 * Checks a pack as it loads against its market and the law: a broken pack stops the service rather
 * than judging notices by a wrong list or restoring content on an unlawful day.
 */
final class IprPackCheck {

  /** The DSA's floor for complaint windows (Art. 20: at least six months). */
  static final int DSA_CONTEST_MONTHS = 6;

  private IprPackCheck() {}

  static IprPack check(IprPack pack, Market market) {
    String code = market.code().name();
    that(code.equals(pack.market()), code, "market", "names market " + pack.market());
    present(pack.version(), code, "version");
    NoticeRegime regime = NoticeRegime.of(market);
    that(
        pack.regime() == regime,
        code,
        "regime",
        "is " + pack.regime() + " but the market's legal regimes give " + regime);
    Set<NoticeElement> notice = pack.requiredNoticeElements();
    Set<NoticeElement> missingNotice = EnumSet.copyOf(regime.statutory());
    missingNotice.removeAll(notice);
    that(
        missingNotice.isEmpty(),
        code,
        "noticeElements",
        "lacks elements " + regime + " requires: " + missingNotice);
    Set<CounterNoticeElement> missingCounter =
        EnumSet.copyOf(CounterNoticeElement.statutory(regime));
    missingCounter.removeAll(pack.requiredCounterNoticeElements());
    that(
        missingCounter.isEmpty(),
        code,
        "counterNoticeElements",
        "lacks elements " + regime + " requires: " + missingCounter);
    that(
        pack.policyCode() != null && !pack.policyCode().isBlank(),
        code,
        "policyCode",
        "is required");
    present(pack.defaultSeverity(), code, "defaultSeverity");
    present(pack.review(), code, "review");
    positive(pack.review().trustedDeadline(), code, "review.trustedDeadline");
    positive(pack.review().deadline(), code, "review.deadline");
    that(
        pack.review().trustedDeadline().compareTo(pack.review().deadline()) <= 0,
        code,
        "review.trustedDeadline",
        "must not be longer than review.deadline (trusted notices come first)");
    try {
      RestoreSchedule.requireLawful(market, pack.restoreBusinessDays());
    } catch (IllegalStateException e) {
      throw new InvalidIprPackException(code + ": restoreBusinessDays " + e.getMessage());
    }
    int contestFloor = market.isSubjectTo(LegalRegime.EU_DSA) ? DSA_CONTEST_MONTHS : 1;
    that(
        pack.contestMonths() >= contestFloor,
        code,
        "contestMonths",
        "must be at least " + contestFloor);
    present(pack.strikes(), code, "strikes");
    positive(pack.strikes().window(), code, "strikes.window");
    that(pack.strikes().threshold() >= 1, code, "strikes.threshold", "must be at least 1");
    present(pack.misuse(), code, "misuse");
    positive(pack.misuse().window(), code, "misuse.window");
    that(pack.misuse().threshold() >= 1, code, "misuse.threshold", "must be at least 1");
    positive(pack.misuse().maxSuspension(), code, "misuse.maxSuspension");
    present(pack.filing(), code, "filing");
    that(pack.filing().noticesPerHour() >= 1, code, "filing.noticesPerHour", "must be at least 1");
    positive(pack.contactRetention(), code, "contactRetention");
    // The notifier must stay reachable while a rejection can still be contested.
    Duration contestWindow = Duration.ofDays(31L * pack.contestMonths());
    that(
        pack.contactRetention().compareTo(contestWindow) >= 0,
        code,
        "contactRetention",
        "must cover the contest window of " + pack.contestMonths() + " months");
    return pack;
  }

  private static void positive(Duration value, String code, String field) {
    present(value, code, field);
    that(!value.isNegative() && !value.isZero(), code, field, "must be positive");
  }

  private static void present(Object value, String code, String field) {
    that(value != null, code, field, "is required");
  }

  private static void that(boolean condition, String code, String field, String message) {
    if (!condition) {
      throw new InvalidIprPackException(code + ": ipr pack " + field + " " + message);
    }
  }
}
