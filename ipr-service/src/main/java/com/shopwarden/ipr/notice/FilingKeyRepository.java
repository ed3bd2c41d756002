package com.shopwarden.ipr.notice;

import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;

/** Remembered Idempotency-Keys of notice filings. */
@ApplicationScoped
public class FilingKeyRepository implements PanacheRepositoryBase<FilingKey, FilingKey.Key> {

  /** Forgets keys remembered before {@code before}; returns how many. */
  public Uni<Long> forgetBefore(Instant before) {
    return delete("createdAt < ?1", before);
  }
}
