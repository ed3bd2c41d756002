package com.shopwarden.health.signals;

import com.shopwarden.access.Caller;
import com.shopwarden.contracts.commerce.CommerceSignal;
import com.shopwarden.health.api.SignalBatchRow;
import com.shopwarden.health.config.HealthConfig;
import com.shopwarden.health.risk.AccountFirstSeen;
import com.shopwarden.health.risk.RiskScoring;
import com.shopwarden.market.Market;
import com.shopwarden.market.MarketException;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Takes in commerce counts from the platforms' events and batches. A batch is checked row by row
 * before anything is written, so a bad row rejects it whole, naming the row.
 */
@ApplicationScoped
public class SignalIntake {

  private static final Logger LOG = Logger.getLogger(SignalIntake.class);

  private static final int MAX_ACCOUNT_ID = 128;

  private final ServedMarkets served;
  private final SignalRepository signals;
  private final HealthConfig config;
  private final Clock clock;
  private final RiskScoring risk;
  private final AccountFirstSeen firstSeen;

  public SignalIntake(
      ServedMarkets served,
      SignalRepository signals,
      HealthConfig config,
      Clock clock,
      RiskScoring risk,
      AccountFirstSeen firstSeen) {
    this.risk = risk;
    this.firstSeen = firstSeen;
    this.served = served;
    this.signals = signals;
    this.config = config;
    this.clock = clock;
  }

  /** Stores a batch whole, after checking every row; answers how many rows were stored. */
  @WithTransaction
  public Uni<Integer> storeBatch(Caller caller, List<SignalBatchRow> rows) {
    Instant now = clock.instant();
    List<SignalRow> checked = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      checked.add(check(caller, rows.get(i), i, now));
    }
    Uni<Void> work = Uni.createFrom().voidItem();
    for (SignalRow row : checked) {
      work = work.chain(() -> store(row, now));
    }
    // One refresh per account the batch touched, after all its rows are in.
    Map<String, SignalRow> accounts = new LinkedHashMap<>();
    checked.forEach(row -> accounts.putIfAbsent(row.market() + "/" + row.accountId(), row));
    for (SignalRow row : accounts.values()) {
      work = work.chain(() -> refresh(row, now));
    }
    return work.replaceWith(checked.size());
  }

  /** Stores a count from {@code commerce.signals}, inside the inbox's transaction. */
  public Uni<Void> fromEvent(CommerceSignal event) {
    if (!served.serves(event.market())) {
      LOG.debugf("ignoring a commerce signal for market %s, not served here", event.market());
      return Uni.createFrom().voidItem();
    }
    Instant now = clock.instant();
    SignalRow row =
        new SignalRow(
            event.market(),
            event.accountId(),
            event.accountType(),
            event.kind(),
            event.count(),
            event.period().start(),
            event.period().end());
    return store(row, now).chain(() -> refresh(row, now));
  }

  /** Stores the count; the account had commerce from the period's start, so it existed then. */
  private Uni<Void> store(SignalRow row, Instant now) {
    return signals
        .upsert(row, now)
        .chain(() -> firstSeen.seen(row.market(), row.accountId(), row.periodStart()));
  }

  private Uni<Void> refresh(SignalRow row, Instant now) {
    return risk.refresh(row.market(), row.accountId(), row.accountType().name(), now);
  }

  private SignalRow check(Caller caller, SignalBatchRow row, int index, Instant now) {
    if (row == null) {
      throw invalid(index, "", "must not be null");
    }
    Market market = market(caller, row.market(), index);
    if (row.accountId() == null || row.accountId().isBlank()) {
      throw invalid(index, "accountId", "must not be blank");
    }
    if (row.accountId().length() > MAX_ACCOUNT_ID) {
      throw invalid(index, "accountId", "must be at most " + MAX_ACCOUNT_ID + " characters");
    }
    if (row.accountType() == null) {
      throw invalid(index, "accountType", "is required");
    }
    if (row.kind() == null) {
      throw invalid(index, "kind", "is required");
    }
    if (row.count() == null || row.count() < 0) {
      throw invalid(index, "count", "must be at least 0");
    }
    if (row.periodStart() == null) {
      throw invalid(index, "periodStart", "is required");
    }
    if (row.periodEnd() == null || !row.periodEnd().isAfter(row.periodStart())) {
      throw invalid(index, "periodEnd", "must be after periodStart");
    }
    if (row.periodEnd().isAfter(now)) {
      throw invalid(index, "periodEnd", "must not be in the future");
    }
    if (row.periodStart().plus(config.signalMaxPeriod()).isBefore(row.periodEnd())) {
      throw invalid(index, "periodEnd", "a period may cover at most " + config.signalMaxPeriod());
    }
    return new SignalRow(
        market.code().name(),
        row.accountId(),
        row.accountType(),
        row.kind(),
        row.count(),
        row.periodStart(),
        row.periodEnd());
  }

  private Market market(Caller caller, String code, int index) {
    Market market;
    try {
      market = served.require(code);
    } catch (MarketException e) {
      throw invalid(index, "market", e.getMessage());
    }
    if (!caller.coversMarket(market.code().name())) {
      throw new ProblemException(
              ProblemType.MARKET_OUT_OF_SCOPE,
              "row " + index + ": market " + market.code() + " is outside the caller's markets",
              List.of(new FieldViolation(field(index, "market"), "outside the caller's markets")),
              Map.of())
          .with("row", index);
    }
    return market;
  }

  private static ProblemException invalid(int index, String field, String message) {
    return new ProblemException(
            ProblemType.VALIDATION,
            "row " + index + ": " + (field.isEmpty() ? "" : field + " ") + message,
            List.of(new FieldViolation(field(index, field), message)),
            Map.of())
        .with("row", index);
  }

  private static String field(int index, String field) {
    return "signals[" + index + "]" + (field.isEmpty() ? "" : "." + field);
  }
}
