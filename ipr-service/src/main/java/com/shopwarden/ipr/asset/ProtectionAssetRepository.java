package com.shopwarden.ipr.asset;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Registered assets. */
@ApplicationScoped
public class ProtectionAssetRepository implements PanacheRepositoryBase<ProtectionAsset, UUID> {

  /** Most assets one listing answer holds. */
  public static final int PAGE = 200;

  /** The organisation's assets, newest first, bounded. */
  public Uni<List<ProtectionAsset>> ofOrganisation(String organisationId) {
    return find("organisationId = ?1 order by createdAt desc, id", organisationId)
        .page(0, PAGE)
        .list();
  }
}
