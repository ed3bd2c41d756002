package com.shopwarden.enforcement.policy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A stored version of a penalty policy model, changed through the admin API. */
@Entity
@Table(name = "penalty_policy_version")
@IdClass(PolicyVersion.Key.class)
public class PolicyVersion extends PanacheEntityBase {

  /** The composite key. */
  public static class Key implements Serializable {
    public String model;
    public String version;

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && model.equals(k.model) && version.equals(k.version);
    }

    @Override
    public int hashCode() {
      return model.hashCode() * 31 + version.hashCode();
    }
  }

  @Id public String model;

  @Id public String version;

  @Column(nullable = false)
  public String body;

  @Column(nullable = false)
  public String sha256;

  @Column(name = "changed_at", nullable = false)
  public Instant changedAt;

  @Column(name = "changed_by", nullable = false)
  public String changedBy;

  @Column(nullable = false)
  public String reason;

  /** Order of storing across all models, assigned by the database; the highest per model wins. */
  @Column(insertable = false, updatable = false)
  public Long revision;
}
