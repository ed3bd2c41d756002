package com.shopwarden.enforcement.policy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.enforcement.EnforcementConfig;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The penalty policies in force, by market. Loaded once at start from the shipped resources and,
 * where configured, a mounted directory whose files replace shipped models of the same name. A
 * broken policy file stops the start: enforcing with a half-read policy would be worse.
 */
@ApplicationScoped
public class PenaltyPolicies {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private volatile Map<String, PenaltyPolicy> byMarket;

  @jakarta.inject.Inject
  public PenaltyPolicies(EnforcementConfig config) {
    this(config.policyResources(), config.policyDir());
  }

  /** Loads the given classpath resources, then the files of {@code dir} over them. */
  public PenaltyPolicies(List<String> resources, Optional<String> dir) {
    Map<String, PenaltyPolicy> byModel = new LinkedHashMap<>();
    for (String resource : resources) {
      PenaltyPolicy policy = readResource(resource);
      byModel.put(policy.model(), policy);
    }
    dir.map(Path::of).ifPresent(d -> readDirectory(d, byModel));
    this.byMarket = byMarket(byModel.values());
  }

  private static Map<String, PenaltyPolicy> byMarket(Collection<PenaltyPolicy> models) {
    Map<String, PenaltyPolicy> markets = new HashMap<>();
    for (PenaltyPolicy policy : models) {
      for (String market : policy.markets()) {
        PenaltyPolicy earlier = markets.put(market, policy);
        if (earlier != null) {
          throw new IllegalArgumentException(
              "market "
                  + market
                  + " is in two policies: "
                  + earlier.model()
                  + ", "
                  + policy.model());
        }
      }
    }
    return Map.copyOf(markets);
  }

  /** The policy in force of a model, by the model's name. */
  public Optional<PenaltyPolicy> model(String model) {
    return all().stream().filter(p -> p.model().equals(model)).findFirst();
  }

  /**
   * Puts a new version of a model in force.
   *
   * @throws IllegalArgumentException when one of its markets belongs to another model
   */
  public synchronized void replace(PenaltyPolicy policy) {
    Map<String, PenaltyPolicy> byModel = new LinkedHashMap<>();
    for (PenaltyPolicy current : all()) {
      byModel.put(current.model(), current);
    }
    byModel.put(policy.model(), policy);
    this.byMarket = byMarket(byModel.values());
  }

  /** The policy of a market, if one is configured. */
  public Optional<PenaltyPolicy> find(String market) {
    return Optional.ofNullable(byMarket.get(market));
  }

  /** The policy of a market, or a 422 problem naming the market. */
  public PenaltyPolicy require(String market) {
    return find(market)
        .orElseThrow(
            () ->
                new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "no penalty policy is configured for market " + market));
  }

  /** Every policy in force, for the policy API. */
  public List<PenaltyPolicy> all() {
    return byMarket.values().stream().distinct().toList();
  }

  private static PenaltyPolicy readResource(String resource) {
    try (InputStream in =
        Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("penalty policy resource not found: " + resource);
      }
      return JSON.readValue(in, PenaltyPolicy.class);
    } catch (IOException e) {
      throw new UncheckedIOException("penalty policy " + resource + " is unreadable", e);
    }
  }

  private static void readDirectory(Path dir, Map<String, PenaltyPolicy> byModel) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
        PenaltyPolicy policy = JSON.readValue(file.toFile(), PenaltyPolicy.class);
        byModel.put(policy.model(), policy);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("penalty policy directory " + dir + " is unreadable", e);
    }
  }
}
