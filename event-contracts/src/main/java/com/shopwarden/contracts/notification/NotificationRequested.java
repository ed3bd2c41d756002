package com.shopwarden.contracts.notification;

import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.Require;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A service asks the marketplace's messaging platform to tell someone something: a receipt of a
 * notice, a decision, a statement of reasons, the copy of a counter-notice.
 *
 * <p>Produced by any service of the suite. Consumed by the messaging platform, which resolves the
 * recipient, renders the template in the language and delivers it. The event holds references and
 * template parameters only, never personal data.
 *
 * <p>Topic {@code notifications.requests}, key {@code recipient.id}: the account id for an account
 * recipient, so one person's messages arrive in order.
 *
 * @param eventId unique id of this event (the messaging platform's idempotency key)
 * @param market the market whose templates and languages apply
 * @param occurredAt when the notification was requested
 * @param recipient who receives it, by reference
 * @param templateId the message template in the messaging platform
 * @param language BCP 47 language tag to render in, e.g. {@code id} or {@code en-US}
 * @param parameters template parameters by name (ids, dates, policy codes; no personal data); may
 *     be empty
 */
public record NotificationRequested(
    UUID eventId,
    String market,
    Instant occurredAt,
    Recipient recipient,
    String templateId,
    String language,
    Map<String, String> parameters)
    implements DomainEvent {

  private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  public NotificationRequested {
    Require.envelope(eventId, market, occurredAt);
    Require.present(recipient, "recipient");
    Require.text(templateId, "templateId");
    Require.matching(language, LANGUAGE_TAG, "language", "a BCP 47 language tag such as en-US");
    parameters = Require.map(parameters, "parameters");
  }

  /** The recipient's id: for an account recipient, its account id. */
  @Override
  public String partitionKey() {
    return recipient.id();
  }
}
