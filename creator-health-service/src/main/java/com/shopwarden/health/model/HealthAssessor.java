package com.shopwarden.health.model;

import com.shopwarden.contracts.enforcement.MeasureType;
import com.shopwarden.contracts.health.ActiveRestriction;
import com.shopwarden.contracts.health.Privileges;
import com.shopwarden.contracts.health.Tier;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Derives an account's health from its ledger and restrictions at an instant. Pure: the same
 * ledger, restrictions and instant give the same answer, so the figure can always be recomputed.
 */
public final class HealthAssessor {

  /** Eligibility code whose loss sets the affiliate commission rate to 0. */
  public static final String AFFILIATE_COMMISSION = "AFFILIATE_COMMISSION";

  /** Eligibility code whose loss sets the listing quota to 0. */
  public static final String NEW_LISTINGS = "NEW_LISTINGS";

  private HealthAssessor() {}

  /** The account's health at {@code now}. */
  public static Assessment assess(
      HealthPack pack, List<LedgerLine> entries, List<RestrictionLine> restrictions, Instant now) {
    int activePoints =
        entries.stream().filter(e -> e.activeAt(now)).mapToInt(LedgerLine::points).sum();
    HealthScale scale = pack.scale();
    int figure = scale.figure(activePoints);
    List<RestrictionLine> relevant =
        restrictions.stream().filter(r -> concernsPrivileges(pack, r.type())).toList();
    List<RestrictionLine> inForce = relevant.stream().filter(r -> r.inForceAt(now)).toList();
    boolean suspended =
        inForce.stream().anyMatch(r -> pack.suspendingMeasures().contains(r.type()));
    Tier tier = suspended ? Tier.SUSPENDED : pack.tierOf(figure);
    TierPrivileges granted = pack.privileges().get(tier);
    Map<String, Boolean> eligibility = new TreeMap<>(granted.eligibility());
    for (RestrictionLine restriction : inForce) {
      for (String code : pack.restrictionBlocks().getOrDefault(restriction.type(), List.of())) {
        eligibility.put(code, false);
      }
    }
    List<ActiveRestriction> active =
        inForce.stream()
            .sorted(Comparator.comparing(RestrictionLine::actionId))
            .map(r -> new ActiveRestriction(r.actionId(), r.type(), r.endsAt()))
            .toList();
    BigDecimal commission =
        eligibility.getOrDefault(AFFILIATE_COMMISSION, false)
            ? granted.affiliateCommissionRate()
            : BigDecimal.ZERO;
    int quota = eligibility.getOrDefault(NEW_LISTINGS, false) ? granted.listingQuota() : 0;
    // The numbers travel with the eligibility, so a platform applying PrivilegesChanged needs no
    // second call; a change of rate or quota alone is a change of privileges.
    Privileges privileges =
        new Privileges(eligibility, granted.rewards(), active, commission, quota);
    return new Assessment(
        activePoints,
        figure,
        tier,
        scale.nextMilestone(figure),
        privileges,
        commission,
        quota,
        nextDueAt(entries, relevant, now));
  }

  private static boolean concernsPrivileges(HealthPack pack, MeasureType type) {
    return pack.restrictionBlocks().containsKey(type) || pack.suspendingMeasures().contains(type);
  }

  private static Instant nextDueAt(
      List<LedgerLine> entries, List<RestrictionLine> restrictions, Instant now) {
    Instant next = null;
    for (LedgerLine entry : entries) {
      if (entry.activeAt(now)) {
        next = earlier(next, entry.expiresAt());
      }
    }
    for (RestrictionLine restriction : restrictions) {
      if (restriction.lifted()) {
        continue;
      }
      if (restriction.startsAt().isAfter(now)) {
        next = earlier(next, restriction.startsAt());
      }
      if (restriction.endsAt() != null && restriction.endsAt().isAfter(now)) {
        next = earlier(next, restriction.endsAt());
      }
    }
    return next;
  }

  private static Instant earlier(Instant a, Instant b) {
    return a == null || b.isBefore(a) ? b : a;
  }
}
