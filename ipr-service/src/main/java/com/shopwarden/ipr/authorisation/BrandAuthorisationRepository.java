package com.shopwarden.ipr.authorisation;

import com.shopwarden.ipr.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Brand authorisations by organisation and account. */
@ApplicationScoped
public class BrandAuthorisationRepository
    implements PanacheRepositoryBase<BrandAuthorisation, UUID> {

  /** Most authorisations of one account that evidence weighs. */
  static final int PER_ACCOUNT = 100;

  /** One page of the organisation's authorisations, newest first; {@code limit + 1} rows. */
  public Uni<List<BrandAuthorisation>> ofOrganisation(
      String organisationId, String accountId, PageCursor after, int limit) {
    String account = accountId == null ? "" : " and accountId = :account";
    String keyset = after == null ? "" : " and (createdAt < :at or (createdAt = :at and id < :id))";
    return find(
            "organisationId = :org" + account + keyset + " order by createdAt desc, id desc",
            parameters(organisationId, accountId, after))
        .page(0, limit + 1)
        .list();
  }

  /** The authorisations the organisations granted to any of the accounts. */
  public Uni<List<BrandAuthorisation>> granted(
      Collection<String> organisationIds, Collection<String> accountIds) {
    if (organisationIds.isEmpty() || accountIds.isEmpty()) {
      return Uni.createFrom().item(List.of());
    }
    return find(
            "organisationId in ?1 and accountId in ?2 order by createdAt desc, id desc",
            List.copyOf(organisationIds),
            List.copyOf(accountIds))
        .page(0, PER_ACCOUNT * accountIds.size())
        .list();
  }

  private static Parameters parameters(String organisationId, String accountId, PageCursor after) {
    Parameters p = Parameters.with("org", organisationId);
    if (accountId != null) {
      p = p.and("account", accountId);
    }
    if (after != null) {
      p = p.and("at", after.instant(0)).and("id", after.uuid(1));
    }
    return p;
  }
}
