package com.shopwarden.enforcement.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * The audit chain's head as it was at one moment: the entry's sequence number and hash, signed.
 * Rows are only ever inserted.
 */
@Entity
@Table(name = "audit_anchor")
public class AuditAnchor extends PanacheEntityBase {

  /** The anchored entry. */
  @Id public long seq;

  /** The anchored entry's hash. */
  @Column(nullable = false)
  public String hash;

  @Column(name = "anchored_at", nullable = false)
  public Instant anchoredAt;

  /** HMAC-SHA256 of seq, hash and time; {@code null} when no anchor key is configured. */
  public String signature;
}
