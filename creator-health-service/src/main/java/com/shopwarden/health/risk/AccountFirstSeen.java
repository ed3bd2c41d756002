package com.shopwarden.health.risk;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * When the service first saw each account in a market, for the account age risk feature. No event
 * or API carries an account's creation date; the earliest instant any measure, restriction or
 * commerce period of the account refers to is the best the service knows, and it only moves earlier
 * as older facts arrive.
 */
@ApplicationScoped
public class AccountFirstSeen {

  private static final String SEEN =
      "insert into account_first_seen (market, account_id, first_seen_at) values (?1, ?2, ?3)"
          + " on conflict (market, account_id) do update set first_seen_at ="
          + " least(account_first_seen.first_seen_at, excluded.first_seen_at)";

  /** Records that the account existed at {@code at}, in the caller's transaction. */
  public Uni<Void> seen(String market, String accountId, Instant at) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(SEEN)
                    .setParameter(1, market)
                    .setParameter(2, accountId)
                    .setParameter(3, at)
                    .executeUpdate())
        .replaceWithVoid();
  }

  /** The earliest instant the account is known to have existed; null when nothing is known. */
  @SuppressWarnings("unchecked")
  public Uni<Instant> of(String market, String accountId) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select first_seen_at from account_first_seen where market = ?1"
                            + " and account_id = ?2",
                        Object.class)
                    .setParameter(1, market)
                    .setParameter(2, accountId)
                    .getResultList())
        .map(rows -> rows.isEmpty() ? null : instant(((List<Object>) rows).get(0)));
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant();
    }
    return (Instant) value;
  }
}
