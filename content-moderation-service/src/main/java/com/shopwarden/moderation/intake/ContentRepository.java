package com.shopwarden.moderation.intake;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Screened item versions. */
@ApplicationScoped
public class ContentRepository implements PanacheRepositoryBase<ContentItemEntity, UUID> {

  public Uni<ContentItemEntity> byKey(String sourcePlatform, String externalId, int version) {
    return find(
            "sourcePlatform = ?1 and externalId = ?2 and version = ?3",
            sourcePlatform,
            externalId,
            version)
        .firstResult();
  }

  /** The latest earlier version of the same item, or null. */
  public Uni<ContentItemEntity> previousVersion(
      String sourcePlatform, String externalId, int version) {
    return find(
            "sourcePlatform = ?1 and externalId = ?2 and version < ?3 order by version desc",
            sourcePlatform,
            externalId,
            version)
        .firstResult();
  }

  /** Items of an account (as creator or seller) before a cursor, newest first. */
  public Uni<List<ContentItemEntity>> ofAccount(
      String accountId, long before, List<String> markets, int limit) {
    String scope = markets == null ? "" : " and market in ?3";
    String query =
        "(creatorAccountId = ?1 or sellerAccountId = ?1) and seq < ?2"
            + scope
            + " order by seq desc";
    var found =
        markets == null ? find(query, accountId, before) : find(query, accountId, before, markets);
    return found.page(0, limit).list();
  }
}
