package com.shopwarden.moderation.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.problem.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The review plans of the served markets, read from the classpath when the service starts (a
 * missing or broken plan stops start-up rather than misroute tasks). A deployment mounts its own
 * files over the shipped ones; sampling shares can also be overridden by configuration.
 */
@Startup
@ApplicationScoped
public class ReviewPlans {

  static final String DEFAULT = "markets/default/review.json";

  private final Map<String, ReviewPlan> plans = new LinkedHashMap<>();

  public ReviewPlans(ServedMarkets served, ReviewConfig config, ObjectMapper json) {
    ReviewPack fallback = read(json, DEFAULT);
    if (fallback == null) {
      throw new IllegalStateException(DEFAULT + " is missing");
    }
    for (MarketCode code : served.codes()) {
      ReviewPack own = read(json, resource(code.name()));
      ReviewPack pack = own == null ? fallback : own.over(fallback);
      ReviewConfig.MarketOverride override = config.markets().get(code.name());
      double qa = pack.qaShare();
      double allow = pack.allowSampleShare();
      if (override != null) {
        qa = override.qaShare().orElse(qa);
        allow = override.allowSampleShare().orElse(allow);
      }
      plans.put(code.name(), new ReviewPlan(code.name(), pack, qa, allow));
    }
  }

  static String resource(String market) {
    return "markets/" + market + "/review.json";
  }

  /** The plan of a served market. */
  public ReviewPlan of(String market) {
    ReviewPlan plan = plans.get(market);
    if (plan == null) {
      throw ProblemException.invalidField("market", "not served: " + market);
    }
    return plan;
  }

  /** The plan that owns a queue id ({@code <MARKET>.<name>}); 404 for an unknown queue. */
  public ReviewPlan ofQueue(String queueId) {
    int dot = queueId.indexOf('.');
    ReviewPlan plan = dot < 0 ? null : plans.get(queueId.substring(0, dot));
    if (plan == null || !plan.hasQueue(queueId)) {
      throw ProblemException.notFound("no review queue " + queueId);
    }
    return plan;
  }

  public Iterable<ReviewPlan> all() {
    return plans.values();
  }

  /** A plan file from the classpath, or null when there is none. */
  static ReviewPack read(ObjectMapper json, String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : json.readValue(in, ReviewPack.class);
    } catch (IOException e) {
      throw new UncheckedIOException("review plan " + resource + " is unreadable", e);
    }
  }
}
