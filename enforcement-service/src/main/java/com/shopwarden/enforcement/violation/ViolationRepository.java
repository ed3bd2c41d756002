package com.shopwarden.enforcement.violation;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Stored violations. */
@ApplicationScoped
public class ViolationRepository implements PanacheRepositoryBase<Violation, UUID> {

  public Uni<Violation> findByKey(String violationKey) {
    return find("violationKey", violationKey).firstResult();
  }

  public Uni<List<Violation>> findByKeys(Collection<String> keys) {
    if (keys.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return list("violationKey in ?1", keys);
  }

  /** Active violations of one policy by one account since {@code from}, oldest first. */
  public Uni<List<Violation>> activeOfPolicySince(
      String market, String accountId, String policyCode, Instant from) {
    return list(
        "market = ?1 and accountId = ?2 and policyCode = ?3 and state = ?4 and confirmedAt > ?5"
            + " order by confirmedAt, violationKey",
        market,
        accountId,
        policyCode,
        Violation.State.ACTIVE,
        from);
  }
}
