package com.shopwarden.ipr.authorisation;

import com.shopwarden.contracts.AccountType;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.UUID;

/**
 * A rights holder's authorisation of an account (a reseller, a licensed creator) to use its marks:
 * one asset, or all of the organisation's assets when {@code assetId} is null. A reviewer sees it
 * as evidence on notices against that account; revoked authorisations stay on record.
 */
@Entity
@Table(name = "brand_authorisation")
public class BrandAuthorisation extends PanacheEntityBase {
  @Id public UUID id;
  public String organisationId;
  public UUID assetId;
  public String accountId;

  @Enumerated(EnumType.STRING)
  public AccountType accountType;

  public LocalDate validFrom;
  public LocalDate validUntil;
  public String reference;
  public Instant createdAt;
  public String createdBy;
  public Instant revokedAt;
  public String revokedBy;

  /** Its status on {@code day} (the legal date of the market concerned). */
  public AuthorisationStatus statusOn(LocalDate day) {
    if (revokedAt != null) {
      return AuthorisationStatus.REVOKED;
    }
    if (validFrom != null && day.isBefore(validFrom)) {
      return AuthorisationStatus.NOT_YET_VALID;
    }
    if (validUntil != null && day.isAfter(validUntil)) {
      return AuthorisationStatus.EXPIRED;
    }
    return AuthorisationStatus.AUTHORISED;
  }

  /** Whether it covers a notice citing {@code citedAssetIds} (none cited: any authorisation). */
  public boolean covers(Collection<String> citedAssetIds) {
    return assetId == null || citedAssetIds.isEmpty() || citedAssetIds.contains(assetId.toString());
  }
}
