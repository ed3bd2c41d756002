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
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A registered trademark, copyright, patent or design of a rights-holder organisation. */
@Entity
@Table(name = "protection_asset")
public class ProtectionAsset extends PanacheEntityBase {

  /** Stands for a hash whose quality is not known. */
  public static final String UNKNOWN_QUALITY = "?";

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

  /**
   * PDQ quality (0-100) of each of {@link #pdqHashes}, same order; {@value #UNKNOWN_QUALITY} where
   * the registration gave a hash without its quality.
   */
  @Convert(converter = TextListConverter.class)
  public List<String> pdqQualities;

  @Convert(converter = TextListConverter.class)
  public List<String> markets;

  @Enumerated(EnumType.STRING)
  public AssetStatus status;

  public Instant createdAt;
  public Instant updatedAt;

  /** The quality of hash {@code index}; {@code null} when unknown. */
  public Integer qualityOf(int index) {
    if (pdqQualities == null || index >= pdqQualities.size()) {
      return null;
    }
    String value = pdqQualities.get(index);
    return UNKNOWN_QUALITY.equals(value) ? null : Integer.valueOf(value);
  }

  /** Every hash's quality in order, {@code null} entries where unknown. */
  public List<Integer> qualities() {
    List<Integer> all = new ArrayList<>(pdqHashes.size());
    for (int i = 0; i < pdqHashes.size(); i++) {
      all.add(qualityOf(i));
    }
    return all;
  }

  /** Appends a hash with its quality ({@code null} when unknown); a known hash is not repeated. */
  public boolean addHash(String hash, Integer quality) {
    if (pdqHashes.contains(hash)) {
      return false;
    }
    List<Integer> qualities = qualities();
    List<String> hashes = new ArrayList<>(pdqHashes);
    hashes.add(hash);
    qualities.add(quality);
    pdqHashes = List.copyOf(hashes);
    pdqQualities =
        qualities.stream().map(q -> q == null ? UNKNOWN_QUALITY : String.valueOf(q)).toList();
    return true;
  }

  /** Whether the registration is in force on {@code day}; an asset without dates always is. */
  public boolean validOn(LocalDate day) {
    return (validFrom == null || !day.isBefore(validFrom))
        && (validUntil == null || !day.isAfter(validUntil));
  }
}
