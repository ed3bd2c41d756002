package com.shopwarden.ipr.strike;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.IprPacks;
import com.shopwarden.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

/**
 * Issues and removes strikes, and reports an account that reaches the repeat-infringer threshold.
 * It restricts nothing itself: enforcement turns the report into a measure.
 */
@ApplicationScoped
public class StrikeLedger {

  /** Removal reasons, as enforcement names its reversals. */
  public static final String COUNTER_NOTICE = "COUNTER_NOTICE";

  public static final String RETRACTION = "RETRACTION";

  private final StrikeRepository strikes;
  private final Outbox outbox;
  private final IprPacks packs;
  private final Clock clock;

  public StrikeLedger(StrikeRepository strikes, Outbox outbox, IprPacks packs, Clock clock) {
    this.strikes = strikes;
    this.outbox = outbox;
    this.packs = packs;
    this.clock = clock;
  }

  /**
   * One strike for the account from an upheld notice, within the caller's transaction; publishes
   * {@link RepeatInfringerThresholdReached} when this strike brings the active count to the market
   * pack's threshold.
   */
  public Uni<Void> issue(String market, String accountId, AccountType type, UUID noticeId) {
    Instant now = clock.instant();
    IprPack.Strikes rules = packs.of(market).strikes();
    Strike strike = new Strike();
    strike.id = UUID.randomUUID();
    strike.market = market;
    strike.accountId = accountId;
    strike.accountType = type;
    strike.noticeId = noticeId;
    strike.issuedAt = now;
    strike.expiresAt = now.plus(rules.window());
    return strikes
        .persist(strike)
        .chain(strikes::flush)
        .chain(() -> strikes.countActive(market, accountId, now))
        .chain(
            active -> {
              if (active != rules.threshold()) {
                return Uni.createFrom().voidItem();
              }
              // The window holds every strike active now; its end is exclusive, so it ends
              // just after this strike.
              TimeWindow window = new TimeWindow(now.minus(rules.window()), now.plusMillis(1));
              // The violations the strikes stand for, so that enforcement's measure answers them.
              return strikes
                  .activeViolationKeys(market, accountId, now)
                  .chain(
                      keys ->
                          outbox.publish(
                              new RepeatInfringerThresholdReached(
                                  UUID.randomUUID(),
                                  market,
                                  now,
                                  accountId,
                                  type,
                                  active.intValue(),
                                  window,
                                  keys)));
            });
  }

  /** Removes the notice's strike for one account (counter-notice) or all accounts (retraction). */
  public Uni<Void> remove(UUID noticeId, String accountId, String reason) {
    return strikes.remove(noticeId, accountId, reason, clock.instant()).replaceWithVoid();
  }
}
