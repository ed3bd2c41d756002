package com.shopwarden.enforcement.policy;

import java.util.List;

/**
 * Appeal windows of a market, in calendar days. Each list holds one entry per allowed appeal: the
 * first counts from the notification of the measure, every later one from the rejection of the
 * previous appeal.
 *
 * @param ipSeller windows for sellers against IP violations (default 30, 15)
 * @param ipCreator windows for creators against IP violations (default 30)
 * @param other windows for every other measure (default 30)
 * @param eeaFloorMonths in EEA markets no window is shorter than this many calendar months from the
 *     notification (DSA Art. 20: 6)
 */
public record AppealRules(
    List<Integer> ipSeller, List<Integer> ipCreator, List<Integer> other, int eeaFloorMonths) {

  public AppealRules {
    ipSeller = List.copyOf(ipSeller);
    ipCreator = List.copyOf(ipCreator);
    other = List.copyOf(other);
    if (ipSeller.isEmpty() || ipCreator.isEmpty() || other.isEmpty()) {
      throw new IllegalArgumentException("every account kind gets at least one appeal");
    }
  }
}
