package com.shopwarden.access;

import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Checks that a request's market is served by this deployment and within the caller's scope, and
 * that external callers touch only their own account or organisation.
 */
@ApplicationScoped
public class MarketAccess {

  private final ServedMarkets served;

  public MarketAccess(ServedMarkets served) {
    this.served = served;
  }

  /** The served market, or a 4xx problem naming the {@code market} field. */
  public Market require(Caller caller, String code) {
    Market market = served.require(code);
    String canonical = market.code().name();
    if (caller.isStaff() && !caller.coversMarket(canonical)) {
      throw new ProblemException(
          ProblemType.MARKET_OUT_OF_SCOPE,
          "market " + canonical + " is outside the caller's markets",
          List.of(new FieldViolation("market", "outside the caller's markets")),
          Map.of());
    }
    return market;
  }

  /** External callers may act only on the account their token names. */
  public void requireOwnAccount(Caller caller, String accountId) {
    if (!caller.isStaff() && !caller.holdsAccount(accountId)) {
      throw ProblemException.forbidden("callers may only act on their own account");
    }
  }

  /** Rights-holder users may act only within the organisation their token names. */
  public void requireOwnOrganisation(Caller caller, String organisationId) {
    if (!caller.isStaff() && !caller.belongsTo(organisationId)) {
      throw ProblemException.forbidden("callers may only act for their own organisation");
    }
  }
}
