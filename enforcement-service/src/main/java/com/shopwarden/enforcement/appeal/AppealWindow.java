package com.shopwarden.enforcement.appeal;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.enforcement.policy.AppealRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The last day on which an appeal may be filed, in the market's legal calendar (deadline day
 * included). The first appeal counts from the day the account was notified of the measure, a
 * further one from the day the previous appeal was rejected. In EEA markets no window closes before
 * the DSA floor: the same day of the month {@code eeaFloorMonths} months after the notification, or
 * that month's last day where it is shorter (31 August + 6 months = 28 or 29 February).
 */
public final class AppealWindow {

  private AppealWindow() {}

  /**
   * The deadline of appeal number {@code round} (from 1), or empty when the account has no such
   * appeal under the rules.
   *
   * @param previousRejectedOn the legal day the previous appeal was rejected; ignored for round 1
   */
  public static Optional<LocalDate> deadline(
      AppealRules rules,
      boolean eea,
      boolean ip,
      AccountType accountType,
      int round,
      LocalDate notifiedOn,
      LocalDate previousRejectedOn) {
    List<Integer> windows =
        !ip
            ? rules.other()
            : accountType == AccountType.SELLER ? rules.ipSeller() : rules.ipCreator();
    if (round < 1 || round > windows.size()) {
      return Optional.empty();
    }
    LocalDate from = round == 1 ? notifiedOn : previousRejectedOn;
    LocalDate deadline = from.plusDays(windows.get(round - 1));
    if (eea) {
      // LocalDate.plusMonths clamps to the month's last day, which is the rule.
      LocalDate floor = notifiedOn.plusMonths(rules.eeaFloorMonths());
      if (floor.isAfter(deadline)) {
        deadline = floor;
      }
    }
    return Optional.of(deadline);
  }
}
