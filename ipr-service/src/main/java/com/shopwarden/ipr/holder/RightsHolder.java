package com.shopwarden.ipr.holder;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A rights-holder organisation; its id is the {@code org_id} claim its members' tokens carry. */
@Entity
@Table(name = "rights_holder")
public class RightsHolder extends PanacheEntityBase {
  @Id public String id;
  public String legalName;
  public String market;

  @Enumerated(EnumType.STRING)
  public VerificationStatus verificationStatus;

  @Enumerated(EnumType.STRING)
  public TrustStatus trustStatus;

  public Instant createdAt;
  public Instant updatedAt;

  /** Whether its notices are processed with priority (DSA Art. 22, programme partners). */
  public boolean trusted() {
    return trustStatus != TrustStatus.NONE;
  }
}
