package com.shopwarden.moderation.intake;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A frozen copy of what was screened (the request as received: texts, the live transcript window,
 * hashes, reach, report), the signals found and the screening explanation, so that a review or an
 * appeal sees the evidence the decision rested on even after the item changes.
 */
@Entity
@Table(name = "evidence_snapshot")
public class EvidenceSnapshotEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "content_id", nullable = false)
  public UUID contentId;

  /** The item's market: who may read the evidence. */
  @Column(nullable = false)
  public String market;

  @Column(name = "captured_at", nullable = false)
  public Instant capturedAt;

  @Column(nullable = false)
  public String content;

  @Column(nullable = false)
  public String signals;

  /** The screening explanation: verdict, policy, severity, reason and deciding strategy (JSON). */
  public String explanation;
}
