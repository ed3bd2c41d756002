package com.shopwarden.moderation.audit;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One change to a term list or a strategy: who, when, which version it produced and what. */
@Entity
@Table(name = "policy_change")
public class PolicyChange extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false)
  public String market;

  /** {@code TERM_LIST} or {@code STRATEGY}. */
  @Column(nullable = false)
  public String subject;

  @Column(name = "subject_id", nullable = false)
  public UUID subjectId;

  @Column(nullable = false)
  public int version;

  @Column(nullable = false)
  public String change;

  @Column(name = "changed_by", nullable = false)
  public String changedBy;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  /** Why, in the author's words; given for bulk imports, null where the API asks for none. */
  public String reason;
}
