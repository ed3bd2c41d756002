package com.shopwarden.health.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An account-level measure enforcement applied, kept for the privileges read model. */
@Entity
@Table(name = "account_restriction")
public class AccountRestriction extends PanacheEntityBase {

  @Id public UUID id;

  public String market;

  @Column(name = "account_id")
  public String accountId;

  @Column(name = "action_id")
  public String actionId;

  @Column(name = "measure_type")
  public String measureType;

  @Column(name = "starts_at")
  public Instant startsAt;

  @Column(name = "ends_at")
  public Instant endsAt;

  @Column(name = "lifted_at")
  public Instant liftedAt;

  @Column(name = "lift_reason")
  public String liftReason;
}
