package com.shopwarden.ipr.history;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One thing that happened to an organisation, an asset or a notice; never holds contact data. */
@Entity
@Table(name = "ipr_history")
public class HistoryEntry extends PanacheEntityBase {
  @Id public UUID id;

  /** Insertion order, assigned by the database: entries at the same instant keep their order. */
  @Column(insertable = false, updatable = false)
  public Long seq;

  public String subjectType;
  public String subjectId;
  public String organisationId;
  public Instant at;
  public String actor;
  public String action;
  public String detail;
}
