package com.shopwarden.ipr.notice;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.notification.NotificationRequested;
import com.shopwarden.contracts.notification.Recipient;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Asks the messaging platform to tell the notifier or an affected account about a notice. Events
 * carry references only: the notifier is addressed as "the contact of notice X", which the platform
 * resolves through the contact endpoint; parameters are ids, states and dates.
 */
@ApplicationScoped
public class NoticeNotifications {

  private final Outbox outbox;
  private final ServedMarkets served;
  private final Clock clock;

  public NoticeNotifications(Outbox outbox, ServedMarkets served, Clock clock) {
    this.outbox = outbox;
    this.served = served;
    this.clock = clock;
  }

  /** A message to whoever filed the notice. */
  public Uni<Void> toNotifier(Notice notice, String template, Map<String, String> parameters) {
    return send(notice, Recipient.noticeContact(notice.id.toString()), template, parameters);
  }

  /** A message to an account the notice affects. */
  public Uni<Void> toAccount(
      Notice notice,
      String accountId,
      AccountType accountType,
      String template,
      Map<String, String> parameters) {
    return send(notice, Recipient.account(accountId, accountType), template, parameters);
  }

  private Uni<Void> send(
      Notice notice, Recipient recipient, String template, Map<String, String> parameters) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("noticeId", notice.id.toString());
    all.put("state", notice.state.name());
    all.putAll(parameters);
    String language = served.require(notice.market).languages().get(0);
    return outbox.publish(
        new NotificationRequested(
            UUID.randomUUID(), notice.market, clock.instant(), recipient, template, language, all));
  }
}
