package com.shopwarden.ipr.pack;

import com.shopwarden.contracts.Severity;
import com.shopwarden.ipr.counter.CounterNoticeElement;
import com.shopwarden.ipr.notice.NoticeElement;
import com.shopwarden.ipr.notice.NoticeRegime;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One market's IPR pack: the notice regime and the elements a notice and a counter-notice must hold
 * there, the policy an upheld notice names, review deadlines, the restore day, the contest window,
 * strike and misuse rules, the filing limit and how long contact data is kept. Shipped as {@code
 * markets/<CODE>/ipr.json}; a deployment mounts its own with {@code shopwarden.ipr.packs-dir}.
 * Legal floors (DMCA 512(c)(3) and 512(g)(3) elements, restoration on the 10th to 14th business
 * day, the DSA's six-month complaint window) are checked when the pack loads.
 *
 * @param market the market code
 * @param version the pack's version, recorded on every notice filed under it
 * @param note what the pack models and where its values come from, for the policy team
 * @param regime the notice regime; must be the one the market's legal regimes give
 * @param noticeElements the elements a complete notice holds
 * @param counterNoticeElements the elements a counter-notice must hold (422 naming a missing one)
 * @param policyCode the policy code an upheld notice's violation names (enforcement prices it)
 * @param defaultSeverity the severity of an upheld notice when the reviewer names none
 * @param review review deadlines
 * @param restoreBusinessDays the business day after receipt of a counter-notice on which content is
 *     restored
 * @param contestMonths calendar months a notifier has to contest a rejection (DSA Art. 20)
 * @param strikes repeat-infringer rules
 * @param misuse notifier misuse rules (DSA Art. 23)
 * @param filing filing limits per organisation
 * @param contactRetention how long notifier and counter-notifier contact data is kept after the
 *     notice's last activity, once no step of the workflow waits for it
 */
public record IprPack(
    String market,
    String version,
    String note,
    NoticeRegime regime,
    List<NoticeElement> noticeElements,
    List<CounterNoticeElement> counterNoticeElements,
    String policyCode,
    Severity defaultSeverity,
    Review review,
    int restoreBusinessDays,
    int contestMonths,
    Strikes strikes,
    Misuse misuse,
    Filing filing,
    Duration contactRetention) {

  public IprPack {
    noticeElements = noticeElements == null ? List.of() : List.copyOf(noticeElements);
    counterNoticeElements =
        counterNoticeElements == null ? List.of() : List.copyOf(counterNoticeElements);
  }

  /**
   * Review deadlines from receipt.
   *
   * @param trustedDeadline for trusted flaggers and programme partners (DSA Art. 22 priority)
   * @param deadline for every other notifier
   */
  public record Review(Duration trustedDeadline, Duration deadline) {}

  /**
   * Repeat-infringer rules (DMCA 512(i)).
   *
   * @param window how long a strike stays active
   * @param threshold active strikes that make an account a repeat infringer
   */
  public record Strikes(Duration window, int threshold) {}

  /**
   * Notifier misuse rules (DSA Art. 23), applied with the pack of the organisation's market.
   *
   * @param window the window over which manifestly unfounded notices are counted
   * @param threshold manifestly unfounded notices in the window that flag the notifier
   * @param maxSuspension the longest suspension of the notice privilege ("a reasonable period")
   */
  public record Misuse(Duration window, int threshold, Duration maxSuspension) {}

  /**
   * Filing limits.
   *
   * @param noticesPerHour notices one organisation may file in this market per hour (429 beyond)
   */
  public record Filing(int noticesPerHour) {}

  /** The elements a complete notice holds, as a set. */
  public Set<NoticeElement> requiredNoticeElements() {
    return noticeElements.isEmpty()
        ? EnumSet.noneOf(NoticeElement.class)
        : EnumSet.copyOf(noticeElements);
  }

  /** The elements a counter-notice must hold, as a set. */
  public Set<CounterNoticeElement> requiredCounterNoticeElements() {
    return counterNoticeElements.isEmpty()
        ? EnumSet.noneOf(CounterNoticeElement.class)
        : EnumSet.copyOf(counterNoticeElements);
  }

  /** The review deadline's length for a trusted or an ordinary notifier. */
  public Duration reviewTime(boolean trusted) {
    return trusted ? review.trustedDeadline() : review.deadline();
  }
}
