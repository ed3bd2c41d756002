package com.shopwarden.moderation.hashbank;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One hash of a bank with the quality it was computed at and a label for reviewers. */
@Entity
@Table(name = "hash_bank_entry")
public class HashBankEntryEntity extends PanacheEntityBase {

  @Id public UUID id;

  /** Insertion order, assigned by the database: the order entries are listed and paged in. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "bank_id", nullable = false)
  public UUID bankId;

  /** 64 lower-case hex digits. */
  @Column(nullable = false)
  public String hash;

  @Column(nullable = false)
  public int quality;

  public String label;

  /** The protection asset a logo hash came from; null for entries added by people. */
  @Column(name = "source_ref")
  public String sourceRef;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
