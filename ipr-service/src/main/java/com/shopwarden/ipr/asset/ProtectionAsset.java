package com.shopwarden.ipr.asset;

import com.shopwarden.contracts.ipr.AssetKind;
import com.shopwarden.ipr.persistence.TextListConverter;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A registered trademark, copyright, patent or design of a rights-holder organisation. */
@Entity
@Table(name = "protection_asset")
public class ProtectionAsset extends PanacheEntityBase {
  @Id public UUID id;
  public String organisationId;

  @Enumerated(EnumType.STRING)
  public AssetKind kind;

  public String title;
  public String markText;
  public String registrationNumber;
  public String office;

  @Convert(converter = TextListConverter.class)
  public List<String> classes;

  public String ownerName;
  public LocalDate validFrom;
  public LocalDate validUntil;

  @Convert(converter = TextListConverter.class)
  public List<String> pdqHashes;

  @Convert(converter = TextListConverter.class)
  public List<String> markets;

  @Enumerated(EnumType.STRING)
  public AssetStatus status;

  public Instant createdAt;
  public Instant updatedAt;

  /** Whether the registration is in force on {@code day}; an asset without dates always is. */
  public boolean validOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validUntil == null || !day.isAfter(validUntil));
  }
}
