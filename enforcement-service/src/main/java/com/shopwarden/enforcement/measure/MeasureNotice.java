package com.shopwarden.enforcement.measure;

import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.contracts.notification.Recipient;
import com.shopwarden.market.Market;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The account holder's notice of a measure (with its statement of reasons where one was filed) and
 * the redress open to them, as a template request to the messaging platform: references and dates
 * only, no personal data; the text is rendered in the market's first language.
 */
final class MeasureNotice {

  static final String TEMPLATE = "enforcement.measure-applied";

  private MeasureNotice() {}

  static NotificationRequested of(Measure m, Market market, Instant at) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("actionId", m.id.toString());
    parameters.put("measureType", m.type.name());
    parameters.put("startsAt", m.startsAt.toString());
    if (m.endsAt != null) {
      parameters.put("endsAt", m.endsAt.toString());
    }
    parameters.put("policyVersion", m.policyVersion);
    if (m.statementPuid != null) {
      parameters.put("statementPuid", m.statementPuid);
    }
    // DSA Art. 17(3)(f): internal complaint, out-of-court dispute settlement and judicial redress.
    parameters.put(
        "redress",
        market.isEea()
            ? "INTERNAL_APPEAL,OUT_OF_COURT_DISPUTE_SETTLEMENT,COURTS"
            : "INTERNAL_APPEAL");
    return new NotificationRequested(
        UUID.randomUUID(),
        m.market,
        at,
        Recipient.account(m.accountId, m.accountType),
        TEMPLATE,
        market.languages().get(0),
        parameters);
  }
}
