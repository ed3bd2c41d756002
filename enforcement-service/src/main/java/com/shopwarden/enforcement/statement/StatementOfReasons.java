package com.shopwarden.enforcement.statement;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A statement of reasons for one measure, in the Transparency Database format. */
@Entity
@Table(name = "statement_of_reasons")
public class StatementOfReasons extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "measure_id", nullable = false, unique = true)
  public UUID measureId;

  /** Platform unique id: derived from the measure id, so it is never reused. */
  @Column(nullable = false, unique = true)
  public String puid;

  @Column(nullable = false)
  public String market;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  public StatementStatus status;

  /** The statement as JSON. */
  @Column(nullable = false)
  public String body;

  /** The failed fields as JSON, when invalid. */
  @Column(name = "failed_fields")
  public String failedFields;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "submitted_at")
  public Instant submittedAt;
}
