package com.shopwarden.moderation.termlist;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A term ({@code kind} TERM) or an allow-list exception ({@code kind} EXCEPTION) of a list. */
@Entity
@Table(name = "term_entry")
public class TermEntryEntity extends PanacheEntityBase {

  static final String TERM = "TERM";
  static final String EXCEPTION = "EXCEPTION";

  @Id public UUID id;

  @Column(name = "list_id", nullable = false)
  public UUID listId;

  @Column(nullable = false)
  public String kind;

  @Column(nullable = false)
  public String text;

  /** {@link com.shopwarden.text.MatchMode} name; null for exceptions. */
  public String mode;

  /** {@link com.shopwarden.contracts.Severity} name; null for exceptions. */
  public String severity;

  /** Comma-separated ISO 639-1 codes; empty or null for every language. */
  public String languages;

  /** The protection asset a mark term came from; null for terms added by people. */
  @Column(name = "source_ref")
  public String sourceRef;

  @Column(name = "created_by", nullable = false)
  public String createdBy;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
