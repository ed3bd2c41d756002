package com.shopwarden.ipr.asset;

import com.shopwarden.ipr.paging.PageCursor;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Registered assets. */
@ApplicationScoped
public class ProtectionAssetRepository implements PanacheRepositoryBase<ProtectionAsset, UUID> {

  /** Most assets one listing page holds. */
  public static final int PAGE = 200;

  /** The organisation's assets, newest first: {@code limit + 1} after the cursor. */
  public Uni<List<ProtectionAsset>> ofOrganisation(
      String organisationId, PageCursor after, int limit) {
    Parameters p = Parameters.with("org", organisationId);
    String keyset = "";
    if (after != null) {
      keyset = " and (createdAt < :at or (createdAt = :at and id < :id))";
      p = p.and("at", after.instant(0)).and("id", after.uuid(1));
    }
    return find("organisationId = :org" + keyset + " order by createdAt desc, id desc", p)
        .page(0, limit + 1)
        .list();
  }
}
