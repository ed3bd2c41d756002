package com.shopwarden.moderation.strategy;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A named strategy of one market; its versions are {@link StrategyVersionEntity} rows. */
@Entity
@Table(name = "strategy")
public class StrategyEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(nullable = false)
  public String market;

  @Column(nullable = false)
  public String name;

  /** The latest version saved; each version has its own lifecycle {@link Stage}. */
  @Column(name = "current_version", nullable = false)
  public int currentVersion;
}
