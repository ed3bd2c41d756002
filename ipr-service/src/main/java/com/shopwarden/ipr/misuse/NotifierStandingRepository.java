package com.shopwarden.ipr.misuse;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Notifier standings, one per organisation once anything happened. */
@ApplicationScoped
public class NotifierStandingRepository implements PanacheRepositoryBase<NotifierStanding, String> {

  /** The organisation's standing, created empty when it has none yet. */
  public Uni<NotifierStanding> of(String organisationId) {
    return findById(organisationId)
        .chain(
            found -> {
              if (found != null) {
                return Uni.createFrom().item(found);
              }
              NotifierStanding standing = new NotifierStanding();
              standing.organisationId = organisationId;
              return persist(standing);
            });
  }
}
