package com.shopwarden.moderation.account;

import com.shopwarden.moderation.screening.AccountContext;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Reads the account context for screening from the local table; never calls another service. */
@ApplicationScoped
public class AccountContextReader {

  /** The account's context, or {@link AccountContext#unknown()} when no event arrived yet. */
  public Uni<AccountContext> of(String accountId, String accountType) {
    if (accountId == null) {
      return Uni.createFrom().item(AccountContext.unknown());
    }
    return AccountContextEntity.<AccountContextEntity>findById(
            new AccountContextEntity.Key(accountId, accountType))
        .map(
            row ->
                row == null
                    ? AccountContext.unknown()
                    : new AccountContext(
                        true,
                        row.tier,
                        row.activePoints,
                        row.recentViolations == null ? 0 : row.recentViolations));
  }
}
