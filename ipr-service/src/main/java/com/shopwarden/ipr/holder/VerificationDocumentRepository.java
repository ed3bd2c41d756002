package com.shopwarden.ipr.holder;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Verification documents recorded for organisations. */
@ApplicationScoped
public class VerificationDocumentRepository
    implements PanacheRepositoryBase<VerificationDocument, UUID> {

  /** The organisation's documents, in the order recorded. */
  public Uni<List<VerificationDocument>> of(String organisationId) {
    return list("organisationId = ?1 order by recordedAt, id", organisationId);
  }
}
