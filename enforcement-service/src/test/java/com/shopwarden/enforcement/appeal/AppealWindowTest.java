package com.shopwarden.enforcement.appeal;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.enforcement.policy.AppealRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Appeal deadlines at their exact boundaries. */
class AppealWindowTest {

  private static final AppealRules RULES =
      new AppealRules(List.of(30, 15), List.of(30), List.of(30), 6);
  private static final LocalDate NOTIFIED = LocalDate.of(2026, 1, 31);

  @Test
  void ipSellersGetTwoAppealsThenNone() {
    assertThat(deadline(false, true, AccountType.SELLER, 1, null))
        .contains(LocalDate.of(2026, 3, 2));
    assertThat(deadline(false, true, AccountType.SELLER, 2, LocalDate.of(2026, 2, 20)))
        .contains(LocalDate.of(2026, 3, 7));
    assertThat(deadline(false, true, AccountType.SELLER, 3, LocalDate.of(2026, 3, 1))).isEmpty();
  }

  @Test
  void creatorsAndOtherViolationsGetOneAppeal() {
    assertThat(deadline(false, true, AccountType.CREATOR, 1, null))
        .contains(LocalDate.of(2026, 3, 2));
    assertThat(deadline(false, true, AccountType.CREATOR, 2, LocalDate.of(2026, 2, 1))).isEmpty();
    assertThat(deadline(false, false, AccountType.SELLER, 1, null))
        .contains(LocalDate.of(2026, 3, 2));
    assertThat(deadline(false, false, AccountType.SELLER, 2, LocalDate.of(2026, 2, 1))).isEmpty();
  }

  @Test
  void eeaFloorIsSixCalendarMonthsToTheLastDayOfAShorterMonth() {
    assertThat(deadline(true, false, AccountType.CREATOR, 1, null))
        .contains(LocalDate.of(2026, 7, 31));
    assertThat(
            AppealWindow.deadline(
                RULES, true, false, AccountType.CREATOR, 1, LocalDate.of(2025, 8, 31), null))
        .contains(LocalDate.of(2026, 2, 28));
    assertThat(
            AppealWindow.deadline(
                RULES, true, false, AccountType.CREATOR, 1, LocalDate.of(2027, 8, 31), null))
        .contains(LocalDate.of(2028, 2, 29));
    // The second IP appeal keeps the longer of its 15 days and the floor.
    assertThat(deadline(true, true, AccountType.SELLER, 2, LocalDate.of(2026, 7, 25)))
        .contains(LocalDate.of(2026, 8, 9));
    assertThat(deadline(true, true, AccountType.SELLER, 2, LocalDate.of(2026, 3, 1)))
        .contains(LocalDate.of(2026, 7, 31));
  }

  private static Optional<LocalDate> deadline(
      boolean eea, boolean ip, AccountType type, int round, LocalDate rejectedOn) {
    return AppealWindow.deadline(RULES, eea, ip, type, round, NOTIFIED, rejectedOn);
  }
}
