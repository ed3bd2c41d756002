package com.shopwarden.ipr.counter;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A durable timer: restore the counter-noticed content at the start of the restore day. */
@Entity
@Table(name = "restore_timer")
public class RestoreTimer extends PanacheEntityBase {
  @Id public UUID id;
  public UUID noticeId;
  public UUID counterNoticeId;
  public String market;
  public LocalDate restoreDate;
  public Instant dueAt;

  @Enumerated(EnumType.STRING)
  public TimerState state;

  public Instant firedAt;

  /** Where a timer stands. */
  public enum TimerState {
    SCHEDULED,
    FIRED,
    CANCELLED
  }
}
