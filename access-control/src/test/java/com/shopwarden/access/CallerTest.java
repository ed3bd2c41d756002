package com.shopwarden.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

  @Test
  void wildcardMarketsCoverEveryMarket() {
    Caller platform = staff(Set.of(Roles.SERVICE), Set.of("*"));
    assertThat(platform.coversMarket("US")).isTrue();
    assertThat(platform.coversMarket("ID")).isTrue();
  }

  @Test
  void listedMarketsCoverOnlyThemselves() {
    Caller moderator = staff(Set.of(Roles.MODERATOR), Set.of("ID", "MY"));
    assertThat(moderator.coversMarket("MY")).isTrue();
    assertThat(moderator.coversMarket("US")).isFalse();
    assertThat(moderator.isStaff()).isTrue();
  }

  @Test
  void creatorHoldsOnlyOwnAccount() {
    Caller creator =
        new Caller(
            "c-1",
            Set.of(Roles.CREATOR),
            Set.of(),
            Optional.of("acct-1"),
            Optional.of("CREATOR"),
            Optional.empty());
    assertThat(creator.isStaff()).isFalse();
    assertThat(creator.holdsAccount("acct-1")).isTrue();
    assertThat(creator.holdsAccount("acct-2")).isFalse();
    assertThat(creator.belongsTo("org-1")).isFalse();
  }

  private static Caller staff(Set<String> roles, Set<String> markets) {
    return new Caller("s-1", roles, markets, Optional.empty(), Optional.empty(), Optional.empty());
  }
}
