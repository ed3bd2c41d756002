package com.shopwarden.contracts.enforcement;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.List;

/** The checks every measure event makes on the fields of the measure. */
final class MeasureFields {

  private MeasureFields() {}

  static void check(
      String actionId,
      String accountId,
      AccountType accountType,
      MeasureType type,
      Instant startsAt,
      Instant endsAt,
      int points,
      DecisionMode decidedBy,
      String statementPuid) {
    Require.text(actionId, "actionId");
    Require.text(accountId, "accountId");
    Require.present(accountType, "accountType");
    Require.present(type, "type");
    Require.present(startsAt, "startsAt");
    Require.optionalEndAfter(endsAt, startsAt, "endsAt");
    Require.atLeast(points, 0, "points");
    Require.present(decidedBy, "decidedBy");
    Require.optionalText(statementPuid, "statementPuid");
  }

  static List<String> violationKeys(List<String> violationKeys, int points) {
    List<String> copy = Require.texts(violationKeys, "violationKeys");
    // Points come from violations: a measure that answers none (a milestone measure) carries none.
    Require.that(
        points == 0 || !copy.isEmpty(), "points", "points must be 0 when there are no violations");
    return copy;
  }
}
