package com.shopwarden.enforcement.measure;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.enforcement.audit.AuditLog;
import com.shopwarden.problem.ProblemException;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * Records platforms' execution reports. A failure is kept on the measure, listed for staff, logged
 * and counted ({@code shopwarden_enforcement_execution_failures_total}) so alerting picks it up.
 */
@ApplicationScoped
public class ExecutionService {

  private static final Logger LOG = Logger.getLogger(ExecutionService.class);

  private final MeasureRepository measures;
  private final MarketAccess access;
  private final AuditLog audit;
  private final MeterRegistry meters;
  private final Clock clock;

  public ExecutionService(
      MeasureRepository measures,
      MarketAccess access,
      AuditLog audit,
      MeterRegistry meters,
      Clock clock) {
    this.measures = measures;
    this.access = access;
    this.audit = audit;
    this.meters = meters;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<MeasureView> report(UUID id, Caller caller, ExecutionReport report) {
    if (report.status() == ExecutionStatus.FAILED
        && (report.reason() == null || report.reason().isBlank())) {
      throw ProblemException.invalidField("reason", "is required when status is FAILED");
    }
    return measures
        .findById(id)
        .flatMap(
            m -> {
              if (m == null) {
                throw ProblemException.notFound("no measure " + id);
              }
              access.require(caller, m.market);
              m.executionStatus = report.status();
              m.executionReason = report.reason();
              m.executionReportedAt = clock.instant();
              if (report.status() == ExecutionStatus.FAILED) {
                LOG.warnf(
                    "measure %s (%s, %s) could not be executed: %s",
                    m.id, m.type, m.market, report.reason());
                meters
                    .counter(
                        "shopwarden.enforcement.execution.failures",
                        "market",
                        m.market,
                        "type",
                        m.type.name())
                    .increment();
              }
              Map<String, Object> details = new LinkedHashMap<>();
              details.put("status", report.status().name());
              details.put("reason", report.reason());
              return audit
                  .append("MEASURE_EXECUTION", m.id.toString(), m.market, caller.subject(), details)
                  .replaceWith(MeasureView.of(m));
            });
  }

  /** Measures whose execution failed in a market, newest first. */
  @WithSession
  public Uni<List<MeasureView>> failed(String market, int limit) {
    return Measure.<Measure>find(
            "market = ?1 and executionStatus = ?2 order by executionReportedAt desc",
            market,
            ExecutionStatus.FAILED)
        .page(0, limit)
        .list()
        .map(list -> list.stream().map(MeasureView::of).toList());
  }
}
