package com.shopwarden.moderation.review;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Prometheus gauges per queue: {@code shopwarden_review_queue_depth} (undecided tasks) and {@code
 * shopwarden_review_queue_oldest_overdue_seconds} (how long the most overdue task is past its
 * deadline, 0 when none is). Refreshed from the database every {@code
 * shopwarden.moderation.review.gauge-refresh}, so every replica reports the same figures.
 */
@ApplicationScoped
public class QueueGauges {

  private static final Logger LOG = Logger.getLogger(QueueGauges.class);

  private final ReviewPlans plans;
  private final ReviewTaskRepository tasks;
  private final Clock clock;
  private final Map<String, AtomicLong> depth = new HashMap<>();
  private final Map<String, AtomicLong> overdue = new HashMap<>();

  public QueueGauges(
      ReviewPlans plans, ReviewTaskRepository tasks, MeterRegistry registry, Clock clock) {
    this.plans = plans;
    this.tasks = tasks;
    this.clock = clock;
    for (ReviewPlan plan : plans.all()) {
      for (String queue : plan.queueIds()) {
        depth.put(queue, gauge(registry, "shopwarden.review.queue.depth", plan, queue));
        overdue.put(
            queue, gauge(registry, "shopwarden.review.queue.oldest.overdue.seconds", plan, queue));
      }
    }
  }

  private static AtomicLong gauge(
      MeterRegistry registry, String name, ReviewPlan plan, String queue) {
    AtomicLong value = new AtomicLong();
    Gauge.builder(name, value, AtomicLong::get)
        .tag("market", plan.market())
        .tag("queue", queue)
        .register(registry);
    return value;
  }

  @Scheduled(
      every = "${shopwarden.moderation.review.gauge-refresh}",
      delayed = "10s",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  Uni<Void> scheduled() {
    return refresh()
        .onFailure()
        .invoke(e -> LOG.warnf("review queue gauges not refreshed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull();
  }

  /** Reads every served market's queue figures and sets the gauges. */
  public Uni<Void> refresh() {
    Instant now = clock.instant();
    return Panache.withSession(
        () -> {
          Uni<Void> all = Uni.createFrom().voidItem();
          for (ReviewPlan plan : plans.all()) {
            all =
                all.chain(
                    () ->
                        tasks
                            .figures(plan.market(), now)
                            .invoke(f -> set(plan, f, now))
                            .replaceWithVoid());
          }
          return all.replaceWithVoid();
        });
  }

  private void set(ReviewPlan plan, List<ReviewTaskRepository.QueueFigures> figures, Instant now) {
    plan.queueIds().forEach(q -> depth.get(q).set(0));
    plan.queueIds().forEach(q -> overdue.get(q).set(0));
    for (ReviewTaskRepository.QueueFigures f : figures) {
      AtomicLong d = depth.get(f.queue());
      if (d == null) {
        continue; // a queue a plan change removed: its tasks wait to be moved, not measured
      }
      d.set(f.depth());
      Instant oldest = f.oldestDeadline();
      overdue
          .get(f.queue())
          .set(
              oldest != null && oldest.isBefore(now)
                  ? Duration.between(oldest, now).toSeconds()
                  : 0);
    }
  }
}
