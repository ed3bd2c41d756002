package com.shopwarden.enforcement.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopwarden.access.Caller;
import com.shopwarden.enforcement.audit.AuditLog;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Changes penalty policies: a new version of a model is stored, audited with who, when, why and its
 * content hash, and put in force in this instance once committed. Other replicas take it up at
 * their next start.
 */
@ApplicationScoped
public class PolicyAdminService {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final PenaltyPolicies policies;
  private final AuditLog audit;
  private final Clock clock;

  public PolicyAdminService(PenaltyPolicies policies, AuditLog audit, Clock clock) {
    this.policies = policies;
    this.audit = audit;
    this.clock = clock;
  }

  public Uni<PenaltyPolicy> change(String model, PolicyChange change, Caller caller) {
    PenaltyPolicy current =
        policies
            .model(model)
            .orElseThrow(() -> ProblemException.notFound("no policy model " + model));
    PenaltyPolicy next = change.policy();
    if (!model.equals(next.model())) {
      throw ProblemException.invalidField("policy.model", "must be " + model);
    }
    if (next.version().equals(current.version())) {
      throw ProblemException.conflict("version " + next.version() + " is already in force");
    }
    for (String market : union(current.markets(), next.markets())) {
      if (!caller.coversMarket(market)) {
        throw ProblemException.forbidden("market " + market + " is outside the caller's markets");
      }
    }
    try {
      checkMarkets(next);
    } catch (IllegalArgumentException e) {
      throw ProblemException.invalidField("policy.markets", e.getMessage());
    }
    String hash = PolicyRecorder.sha256(next);
    PolicyVersion row = new PolicyVersion();
    row.model = model;
    row.version = next.version();
    row.body = write(next);
    row.sha256 = hash;
    row.changedAt = clock.instant();
    row.changedBy = caller.subject();
    row.reason = change.reason();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("model", model);
    details.put("version", next.version());
    details.put("previousVersion", current.version());
    details.put("markets", next.markets());
    details.put("sha256", hash);
    details.put("reason", change.reason());
    return Panache.withTransaction(
            () ->
                PolicyVersion.<PolicyVersion>find(
                        "model = ?1 and version = ?2", model, next.version())
                    .firstResult()
                    .flatMap(
                        existing -> {
                          if (existing != null) {
                            throw ProblemException.conflict(
                                "version " + next.version() + " was used before");
                          }
                          return row.persist();
                        })
                    .chain(
                        () ->
                            audit.append(
                                "POLICY_CHANGED",
                                model + "@" + next.version() + "#" + hash.substring(0, 16),
                                String.join(",", next.markets()),
                                caller.subject(),
                                details)))
        .invoke(() -> policies.replace(next))
        .replaceWith(next);
  }

  /** Puts the newest stored version of every model in force (at start). */
  public Uni<Void> loadStored() {
    return PolicyVersion.<PolicyVersion>find("order by changedAt")
        .list()
        .invoke(
            rows -> {
              for (PolicyVersion row : rows) {
                policies.replace(read(row.body));
              }
            })
        .replaceWithVoid();
  }

  private void checkMarkets(PenaltyPolicy next) {
    for (PenaltyPolicy other : policies.all()) {
      if (!other.model().equals(next.model())) {
        for (String market : next.markets()) {
          if (other.markets().contains(market)) {
            throw new IllegalArgumentException(
                "market " + market + " belongs to policy " + other.model());
          }
        }
      }
    }
  }

  private static List<String> union(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).distinct().toList();
  }

  private static String write(PenaltyPolicy policy) {
    try {
      return JSON.writeValueAsString(policy);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PenaltyPolicy read(String body) {
    try {
      return JSON.readValue(body, PenaltyPolicy.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored penalty policy is unreadable", e);
    }
  }
}
