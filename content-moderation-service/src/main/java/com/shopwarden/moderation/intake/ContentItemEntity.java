package com.shopwarden.moderation.intake;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One screened version of an item with its decision (the decision JSON is what intake returns). */
@Entity
@Table(name = "content_item")
public class ContentItemEntity extends PanacheEntityBase {

  @Id public UUID id;

  /** Insertion order, the cursor of account listings. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  @Column(name = "source_platform", nullable = false)
  public String sourcePlatform;

  @Column(name = "external_id", nullable = false)
  public String externalId;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false)
  public String market;

  @Column(nullable = false)
  public String kind;

  @Column(nullable = false)
  public String language;

  @Column(name = "creator_account_id")
  public String creatorAccountId;

  @Column(name = "seller_account_id")
  public String sellerAccountId;

  @Column(name = "received_at", nullable = false)
  public Instant receivedAt;

  @Column(nullable = false)
  public String verdict;

  @Column(name = "policy_code")
  public String policyCode;

  public String severity;

  @Column(name = "strategy_id")
  public UUID strategyId;

  @Column(name = "strategy_version")
  public Integer strategyVersion;

  @Column(nullable = false)
  public String decision;

  /** A listing's EAN-13 as the platform sent it (check digit verified); null otherwise. */
  public String ean;
}
