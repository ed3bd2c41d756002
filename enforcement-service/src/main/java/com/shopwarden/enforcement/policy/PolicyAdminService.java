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
 * content hash, and put in force in this instance once committed; every other replica's {@link
 * PolicyRefresher} puts it in force within its poll interval.
 *
 * <p>Policy changes are serialised across replicas by a transaction-scoped advisory lock (they are
 * rare), and under that lock this instance first catches up with what other replicas stored, so a
 * change is checked against (and audited as following) the versions really in force, the markets of
 * the other models included.
 */
@ApplicationScoped
public class PolicyAdminService {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The advisory lock key of policy changes ("POLI", 0). */
  private static final int POLICY_LOCK_SPACE = 0x504f4c49;

  private final PenaltyPolicies policies;
  private final PolicyRefresher refresher;
  private final AuditLog audit;
  private final Clock clock;

  public PolicyAdminService(
      PenaltyPolicies policies, PolicyRefresher refresher, AuditLog audit, Clock clock) {
    this.policies = policies;
    this.refresher = refresher;
    this.audit = audit;
    this.clock = clock;
  }

  public Uni<PenaltyPolicy> change(String model, PolicyChange change, Caller caller) {
    PenaltyPolicy next = change.policy();
    if (!model.equals(next.model())) {
      throw ProblemException.invalidField("policy.model", "must be " + model);
    }
    return Panache.withTransaction(
            () ->
                lock()
                    .chain(refresher::refresh)
                    .chain(() -> store(model, next, change.reason(), caller)))
        // In force here at once; the other replicas pick it up at their next refresh.
        .call(refresher::refresh)
        .replaceWith(next);
  }

  private Uni<Void> store(String model, PenaltyPolicy next, String reason, Caller caller) {
    PenaltyPolicy current =
        policies
            .model(model)
            .orElseThrow(() -> ProblemException.notFound("no policy model " + model));
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
    row.reason = reason;
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("model", model);
    details.put("version", next.version());
    details.put("previousVersion", current.version());
    details.put("markets", next.markets());
    details.put("sha256", hash);
    details.put("reason", reason);
    return PolicyVersion.<PolicyVersion>find("model = ?1 and version = ?2", model, next.version())
        .firstResult()
        .flatMap(
            existing -> {
              if (existing != null) {
                throw ProblemException.conflict("version " + next.version() + " was used before");
              }
              return row.persistAndFlush();
            })
        .chain(
            () ->
                audit.append(
                    "POLICY_CHANGED",
                    model + "@" + next.version() + "#" + hash.substring(0, 16),
                    String.join(",", next.markets()),
                    caller.subject(),
                    details));
  }

  /** Holds back other policy changes, on any replica, until this transaction ends. */
  private static Uni<Void> lock() {
    return Panache.getSession()
        .flatMap(
            session ->
                session
                    .createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(?1, 0)) policy_lock")
                    .setParameter(1, POLICY_LOCK_SPACE)
                    .getSingleResult())
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
}
