package com.shopwarden.enforcement.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.contracts.enforcement.FailedField;
import com.shopwarden.contracts.enforcement.StatementInvalid;
import com.shopwarden.enforcement.measure.Measure;
import com.shopwarden.enforcement.policy.StatementMapping;
import com.shopwarden.enforcement.violation.Violation;
import com.shopwarden.market.Market;
import com.shopwarden.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Issues the statement of reasons of a restrictive measure in an EEA market, inside the measure's
 * transaction. A statement that fails validation is a bug in the mapping: it is kept as INVALID,
 * {@code StatementInvalid} is published, and it is never filed as it is.
 */
@ApplicationScoped
public class StatementService {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Outbox outbox;
  private final Clock clock;

  public StatementService(Outbox outbox, Clock clock) {
    this.outbox = outbox;
    this.clock = clock;
  }

  /**
   * Issues the statement when one is due; returns its puid when it is valid, {@code null} when none
   * is due or it failed validation.
   */
  public Uni<String> issue(Measure m, Violation v, StatementMapping mapping, Market market) {
    if (!market.isEea() || !StatementBuilder.restricts(m.type)) {
      return Uni.createFrom().nullItem();
    }
    String puid = "sw-" + m.id;
    Map<String, Object> body = StatementBuilder.build(m, v, mapping, market, puid);
    List<FailedField> failed = StatementRules.validate(body);
    Instant now = clock.instant();
    StatementOfReasons statement = new StatementOfReasons();
    statement.id = UUID.randomUUID();
    statement.measureId = m.id;
    statement.puid = puid;
    statement.market = m.market;
    statement.status = failed.isEmpty() ? StatementStatus.VALID : StatementStatus.INVALID;
    statement.body = write(body);
    statement.failedFields = failed.isEmpty() ? null : write(failed);
    statement.createdAt = now;
    Uni<Void> persisted = statement.persist().replaceWithVoid();
    if (failed.isEmpty()) {
      return persisted.replaceWith(puid);
    }
    return persisted
        .chain(
            () ->
                outbox.publish(
                    new StatementInvalid(
                        UUID.randomUUID(), m.market, now, m.id.toString(), failed)))
        .replaceWith((String) null);
  }

  private static String write(Object value) {
    try {
      return JSON.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("statement cannot be written", e);
    }
  }
}
