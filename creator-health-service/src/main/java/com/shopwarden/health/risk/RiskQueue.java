package com.shopwarden.health.risk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.health.api.RiskQueueEntry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The investigators' queue: a market's highest risk scores, read from the score index. */
@ApplicationScoped
public class RiskQueue {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final TypeReference<Map<String, BigDecimal>> FIGURES = new TypeReference<>() {};

  /** The {@code limit} highest scores of the market, highest first (ties by account id). */
  @WithSession
  @SuppressWarnings("unchecked")
  public Uni<List<RiskQueueEntry>> top(String market, int limit) {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select account_id, account_type, score, features, contributions,"
                            + " updated_at from risk_score where market = ?1 and score > 0"
                            + " order by score desc, account_id limit ?2",
                        Object[].class)
                    .setParameter(1, market)
                    .setParameter(2, limit)
                    .getResultList())
        .map(
            rows -> {
              List<RiskQueueEntry> queue = new ArrayList<>();
              for (Object row : rows) {
                Object[] c = (Object[]) row;
                queue.add(
                    new RiskQueueEntry(
                        (String) c[0],
                        (String) c[1],
                        (BigDecimal) c[2],
                        figures((String) c[3]),
                        figures((String) c[4]),
                        instant(c[5])));
              }
              return queue;
            });
  }

  private static Instant instant(Object value) {
    if (value instanceof OffsetDateTime odt) {
      return odt.toInstant();
    }
    return (Instant) value;
  }

  private static Map<String, BigDecimal> figures(String json) {
    try {
      return JSON.readValue(json, FIGURES);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored risk figures are unreadable", e);
    }
  }
}
