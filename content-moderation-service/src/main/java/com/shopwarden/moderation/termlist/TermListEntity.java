package com.shopwarden.moderation.termlist;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A named term list of a market; every change to it or its entries raises its version. */
@Entity
@Table(name = "term_list")
public class TermListEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false)
  public String market;

  @Column(nullable = false)
  public String name;

  /** ISO 639-1 code the list is written in; {@code null} for a list that applies to every one. */
  public String language;

  public String description;

  @Column(nullable = false)
  public int version;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;
}
