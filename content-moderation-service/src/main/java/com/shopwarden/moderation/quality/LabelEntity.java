package com.shopwarden.moderation.quality;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A judgement of one content item: violating (with the policy) or not. */
@Entity
@Table(name = "moderation_label")
public class LabelEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "content_id", nullable = false)
  public UUID contentId;

  @Column(nullable = false)
  public String market;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public LabelSource source;

  @Column(nullable = false)
  public boolean violation;

  @Column(name = "policy_code")
  public String policyCode;

  @Column(name = "labelled_by", nullable = false)
  public String labelledBy;

  @Column(name = "labelled_at", nullable = false)
  public Instant labelledAt;
}
