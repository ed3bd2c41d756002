package com.shopwarden.ipr.misuse;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A notifier organisation's standing under DSA Art. 23: flagged for frequent manifestly unfounded
 * notices, warned, and possibly suspended for a reasonable period (only after the warning).
 */
@Entity
@Table(name = "notifier_standing")
public class NotifierStanding extends PanacheEntityBase {
  @Id public String organisationId;
  public Instant flaggedAt;
  public Instant warnedAt;
  public String warningReason;
  public Instant suspendedUntil;
  public String suspensionReason;

  /** Whether the notice privilege is suspended at {@code now}. */
  public boolean suspendedAt(Instant now) {
    return suspendedUntil != null && suspendedUntil.isAfter(now);
  }
}
