package com.shopwarden.enforcement.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Keeps this instance's penalty policies in step with the versions stored through the admin API,
 * whichever replica stored them: every few seconds it reads the highest revision of each model and
 * puts a newer one in force. The read is one small grouped query; bodies are fetched only for the
 * models that changed.
 */
@ApplicationScoped
public class PolicyRefresher {

  private static final Logger LOG = Logger.getLogger(PolicyRefresher.class);

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String NEWEST_REVISIONS =
      "select p.model, max(p.revision) from PolicyVersion p group by p.model"
          // In the order they were stored: moving a market between models is two changes (one
          // drops it, then the other takes it), and only that order stands at every step.
          + " order by max(p.revision)";

  private final PenaltyPolicies policies;

  /** The newest revision of each model this instance put in force. */
  private final Map<String, Long> seen = new ConcurrentHashMap<>();

  /**
   * The newest revision of each model this instance could not put in force: retried every pass
   * (another model's later change may make room for it), logged once.
   */
  private final Map<String, Long> refused = new ConcurrentHashMap<>();

  public PolicyRefresher(PenaltyPolicies policies) {
    this.policies = policies;
  }

  @Scheduled(
      every = "${shopwarden.enforcement.policy-refresh-interval:5s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
      skipExecutionIf = Scheduled.ApplicationNotRunning.class)
  Uni<Void> tick() {
    return refresh()
        .onFailure()
        .invoke(e -> LOG.warnf("penalty policy refresh failed: %s", e.getMessage()))
        .onFailure()
        .recoverWithNull()
        .replaceWithVoid();
  }

  /**
   * Puts the newest stored version of every model in force where this instance runs an older one;
   * returns the models whose version changed. Runs in the caller's session if there is one.
   */
  public Uni<List<String>> refresh() {
    return Panache.withSession(
        () ->
            Panache.getSession()
                .flatMap(
                    session ->
                        session
                            .createSelectionQuery(NEWEST_REVISIONS, Object[].class)
                            .getResultList())
                .flatMap(this::applyNewer));
  }

  private Uni<List<String>> applyNewer(List<Object[]> newest) {
    List<String> changed = new ArrayList<>();
    Uni<Void> chain = Uni.createFrom().voidItem();
    for (Object[] row : newest) {
      String model = (String) row[0];
      long revision = ((Number) row[1]).longValue();
      Long known = seen.get(model);
      if (known != null && known >= revision) {
        continue;
      }
      chain =
          chain.chain(
              () ->
                  PolicyVersion.<PolicyVersion>find("model = ?1 and revision = ?2", model, revision)
                      .firstResult()
                      .invoke(
                          stored -> {
                            if (stored != null && apply(stored)) {
                              changed.add(model);
                            }
                          })
                      .replaceWithVoid());
    }
    return chain.replaceWith(changed);
  }

  private boolean apply(PolicyVersion row) {
    // Two refreshes may race (scheduler and an admin change); only a newer revision goes in.
    synchronized (seen) {
      Long known = seen.get(row.model);
      if (known != null && known >= row.revision) {
        return false;
      }
      try {
        policies.replace(read(row.body));
        seen.put(row.model, row.revision);
        refused.remove(row.model);
        LOG.infof(
            "penalty policy %s version %s (revision %d) is in force",
            row.model, row.version, row.revision);
        return true;
      } catch (IllegalArgumentException | IllegalStateException e) {
        // The previous version stays in force; enforcing with a policy that cannot stand beside
        // the others (a market in two models) would be worse than enforcing the older one.
        Long logged = refused.put(row.model, row.revision);
        if (logged == null || logged != row.revision) {
          LOG.errorf(
              "stored penalty policy %s version %s (revision %d) cannot be put in force: %s",
              row.model, row.version, row.revision, e.getMessage());
        }
        return false;
      }
    }
  }

  static PenaltyPolicy read(String body) {
    try {
      return JSON.readValue(body, PenaltyPolicy.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored penalty policy is unreadable", e);
    }
  }
}
