package com.shopwarden.health.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The health of one account in one market as last published: what the next recomputation compares
 * against to decide whether anything changed.
 */
@Entity
@Table(name = "account_health")
public class AccountHealth extends PanacheEntityBase {

  @Id public UUID id;

  public String market;

  @Column(name = "account_id")
  public String accountId;

  @Column(name = "account_type")
  public String accountType;

  public String tier;

  @Column(name = "active_points")
  public Integer activePoints;

  public Integer rating;

  /** The privileges last published, as canonical JSON. */
  public String privileges;

  @Column(name = "next_due_at")
  public Instant nextDueAt;

  @Column(name = "updated_at")
  public Instant updatedAt;
}
