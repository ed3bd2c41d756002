package com.shopwarden.ipr.counter;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The counter-notifier's personal data; never logged, never in events. */
@Entity
@Table(name = "counter_notice_contact")
public class CounterNoticeContact extends PanacheEntityBase {
  @Id public UUID counterNoticeId;
  public String name;
  public String email;
  public String phone;
  public String address;
  public String signature;

  /** When the retention period ended and the fields above were cleared; null while kept. */
  public Instant redactedAt;

  @Override
  public String toString() {
    return "CounterNoticeContact[redacted]";
  }
}
