package com.shopwarden.enforcement.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.enforcement.measure.MeasureRepository;
import com.shopwarden.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Reads statements for a caller: staff within their markets, account holders their own. */
@ApplicationScoped
public class StatementReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final MeasureRepository measures;
  private final MarketAccess access;

  public StatementReader(MeasureRepository measures, MarketAccess access) {
    this.measures = measures;
    this.access = access;
  }

  public Uni<StatementView> byId(UUID id, Caller caller) {
    return StatementOfReasons.<StatementOfReasons>findById(id).flatMap(s -> visible(s, caller));
  }

  public Uni<StatementView> byMeasure(UUID measureId, Caller caller) {
    return StatementOfReasons.<StatementOfReasons>find("measureId", measureId)
        .<StatementOfReasons>firstResult()
        .flatMap(s -> visible(s, caller));
  }

  private Uni<StatementView> visible(StatementOfReasons s, Caller caller) {
    if (s == null) {
      return Uni.createFrom().failure(ProblemException.notFound("no such statement of reasons"));
    }
    access.require(caller, s.market);
    return measures
        .findById(s.measureId)
        .map(
            m -> {
              access.requireOwnAccount(caller, m.accountId);
              return view(s);
            });
  }

  private static StatementView view(StatementOfReasons s) {
    try {
      return new StatementView(
          s.id.toString(),
          s.measureId.toString(),
          s.puid,
          s.market,
          s.status,
          JSON.readTree(s.body),
          s.failedFields == null ? null : JSON.readTree(s.failedFields),
          s.createdAt,
          s.submittedAt);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored statement " + s.id + " is unreadable", e);
    }
  }
}
