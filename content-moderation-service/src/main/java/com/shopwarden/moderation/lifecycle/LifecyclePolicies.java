package com.shopwarden.moderation.lifecycle;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.shopwarden.market.MarketCode;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.problem.ProblemException;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the served markets' lifecycle settings when the service starts: {@code
 * <location>/<CODE>/lifecycle.json} merged over {@code <location>/default/lifecycle.json} from the
 * classpath ({@code location} is {@code markets} unless {@code
 * shopwarden.moderation.lifecycle.location} says otherwise). A missing or broken file stops
 * start-up, rather than failing every screening of its market later.
 */
@Startup
@ApplicationScoped
public class LifecyclePolicies {

  private final Map<String, LifecyclePolicy> byMarket = new HashMap<>();

  public LifecyclePolicies(
      ObjectMapper json,
      ServedMarkets served,
      @ConfigProperty(name = "shopwarden.moderation.lifecycle.location", defaultValue = "markets")
          String location) {
    for (MarketCode code : served.codes()) {
      byMarket.put(code.name(), load(json, location, code.name()));
    }
  }

  /** The settings of a served market. */
  public LifecyclePolicy of(String market) {
    LifecyclePolicy policy = byMarket.get(market);
    if (policy == null) {
      throw ProblemException.invalidField("market", "not served: " + market);
    }
    return policy;
  }

  /** The settings of a market under a classpath location; fails when the default is missing. */
  public static LifecyclePolicy load(ObjectMapper json, String location, String market) {
    JsonNode defaults = read(json, location + "/default/lifecycle.json");
    if (defaults == null) {
      throw new IllegalStateException(location + "/default/lifecycle.json is missing");
    }
    JsonNode own = read(json, location + "/" + market + "/lifecycle.json");
    JsonNode merged = own == null ? defaults : merge(defaults.deepCopy(), own);
    try {
      LifecyclePolicy policy = json.treeToValue(merged, LifecyclePolicy.class);
      check(policy, market);
      return policy;
    } catch (IOException e) {
      throw new UncheckedIOException("lifecycle settings of " + market + " are unreadable", e);
    }
  }

  private static void check(LifecyclePolicy p, String market) {
    if (p.promotion() == null
        || p.protection() == null
        || p.canaryPercent() < 0
        || p.canaryPercent() > 100
        || p.shadowSampleShare() < 0
        || p.shadowSampleShare() > 1
        || p.promotion().minPrecision() < 0
        || p.promotion().minPrecision() > 1
        || p.emergencyMaxHours() < 1
        || p.protection().window() == null
        || p.protection().baseline() == null
        || p.protection().overturnWindow() == null) {
      throw new IllegalStateException("lifecycle settings of " + market + " are out of range");
    }
  }

  private static JsonNode read(ObjectMapper json, String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      return in == null ? null : json.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(resource + " is unreadable", e);
    }
  }

  private static JsonNode merge(JsonNode base, JsonNode over) {
    if (!(base instanceof ObjectNode target) || !over.isObject()) {
      return over;
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = over.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode existing = target.get(e.getKey());
      target.set(e.getKey(), existing == null ? e.getValue() : merge(existing, e.getValue()));
    }
    return target;
  }
}
