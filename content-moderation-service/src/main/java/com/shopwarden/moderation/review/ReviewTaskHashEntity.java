package com.shopwarden.moderation.review;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** A PDQ hash of a task's item: tasks sharing one show the same media (bulk decisions). */
@Entity
@Table(name = "review_task_hash")
public class ReviewTaskHashEntity extends PanacheEntityBase {

  @Id public UUID id;

  @Column(name = "task_id", nullable = false)
  public UUID taskId;

  @Column(nullable = false)
  public String market;

  @Column(name = "pdq_hash", nullable = false)
  public String pdqHash;
}
