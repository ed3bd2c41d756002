package com.shopwarden.enforcement.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One link of the audit chain. Rows are only ever inserted. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry extends PanacheEntityBase {

  @Id public long seq;

  @Column(name = "recorded_at", nullable = false)
  public Instant recordedAt;

  @Column(nullable = false)
  public String kind;

  @Column(name = "subject_id", nullable = false)
  public String subjectId;

  @Column(nullable = false)
  public String market;

  @Column(nullable = false)
  public String actor;

  @Column(nullable = false)
  public String details;

  @Column(name = "previous_hash", nullable = false)
  public String previousHash;

  @Column(nullable = false)
  public String hash;
}
