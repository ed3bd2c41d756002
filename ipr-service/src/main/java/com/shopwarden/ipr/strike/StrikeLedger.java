package com.shopwarden.ipr.strike;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.TimeWindow;
import com.shopwarden.contracts.ipr.RepeatInfringerThresholdReached;
import com.shopwarden.ipr.config.IprConfig;
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
  private final IprConfig config;
  private final Clock clock;

  public StrikeLedger(StrikeRepository strikes, Outbox outbox, IprConfig config, Clock clock) {
    this.strikes = strikes;
    this.outbox = outbox;
    this.config = config;
    this.clock = clock;
  }

  /**
   * One strike for the account from an upheld notice, within the caller's transaction; publishes
   * {@link RepeatInfringerThresholdReached} when this strike brings the active count to the
   * threshold.
   */
  public Uni<Void> issue(String market, String accountId, AccountType type, UUID noticeId) {
    Instant now = clock.instant();
    Strike strike = new Strike();
    strike.id = UUID.randomUUID();
    strike.market = market;
    strike.accountId = accountId;
    strike.accountType = type;
    strike.noticeId = noticeId;
    strike.issuedAt = now;
    strike.expiresAt = now.plus(config.strikeWindow());
    return strikes
        .persist(strike)
        .chain(strikes::flush)
        .chain(() -> strikes.countActive(market, accountId, now))
        .chain(
            active -> {
              if (active != config.strikeThreshold()) {
                return Uni.createFrom().voidItem();
              }
              // The window holds every strike active now; its end is exclusive, so it ends
              // just after this strike.
              TimeWindow window =
                  new TimeWindow(now.minus(config.strikeWindow()), now.plusMillis(1));
              return outbox.publish(
                  new RepeatInfringerThresholdReached(
                      UUID.randomUUID(), market, now, accountId, type, active.intValue(), window));
            });
  }

  /** Removes the notice's strike for one account (counter-notice) or all accounts (retraction). */
  public Uni<Void> remove(UUID noticeId, String accountId, String reason) {
    return strikes.remove(noticeId, accountId, reason, clock.instant()).replaceWithVoid();
  }
}
