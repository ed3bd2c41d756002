package com.shopwarden.health;

import static org.awaitility.Awaitility.await;

import com.shopwarden.contracts.DomainEvent;
import com.shopwarden.contracts.EventJson;
import com.shopwarden.contracts.EventTypes;
import com.shopwarden.testing.CurrentTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * What the service committed to its outbox (and so publishes), read from its database: the
 * deterministic way to assert "exactly one event per change".
 */
final class Published {

  static final Duration WAIT = Duration.ofSeconds(30);

  private static final EventJson JSON = new EventJson();

  private Published() {}

  /** The account's events of a type in the order they were committed. */
  static <E extends DomainEvent> List<E> events(String accountId, Class<E> type) {
    String ceType = EventTypes.of(type).ceType();
    List<E> found = new ArrayList<>();
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select payload from outbox_event where partition_key = ? and ce_type = ?"
                    + " order by id")) {
      query.setString(1, accountId);
      query.setString(2, ceType);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(JSON.read(rows.getString(1), type));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return found;
  }

  /** Waits until the account has {@code count} events of the type, and returns them. */
  static <E extends DomainEvent> List<E> awaitEvents(String accountId, Class<E> type, int count) {
    await().atMost(WAIT).until(() -> events(accountId, type).size() >= count);
    return events(accountId, type);
  }

  /** Waits until the service's measures consumer has applied the event. */
  static void awaitConsumed(UUID eventId) {
    await()
        .atMost(WAIT)
        .until(
            () ->
                count(
                        "select count(*) from processed_event where consumer ="
                            + " 'creator-health.measures' and event_id = ?",
                        eventId.toString())
                    == 1);
  }

  /** Waits until every committed event has been relayed to Kafka. */
  static void awaitRelayed() {
    await()
        .atMost(WAIT)
        .until(() -> count("select count(*) from outbox_event where sent_at is null") == 0);
  }

  /** The id of the ledger entry an enforcement action booked on the account. */
  static String entryOf(String accountId, String actionId) {
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query =
            db.prepareStatement(
                "select id from ledger_entry where account_id = ? and action_id = ?")) {
      query.setString(1, accountId);
      query.setString(2, actionId);
      try (ResultSet rows = query.executeQuery()) {
        if (!rows.next()) {
          throw new IllegalStateException("no entry of " + actionId + " on " + accountId);
        }
        return rows.getString(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  static long count(String sql, Object... parameters) {
    try (Connection db = CurrentTestDatabase.connect();
        PreparedStatement query = db.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        query.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
