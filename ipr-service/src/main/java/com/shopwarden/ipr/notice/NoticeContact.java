package com.shopwarden.ipr.notice;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * The notifier's personal data, kept apart from the notice so that it is read only where the
 * workflow needs it (the messaging platform's look-up, the counter-notice hand-over). Never logged
 * and never put in an event; {@link #toString()} does not print it.
 */
@Entity
@Table(name = "notice_contact")
public class NoticeContact extends PanacheEntityBase {
  @Id public UUID noticeId;
  public String name;
  public String email;
  public String phone;
  public String address;
  public String signature;

  /** When the retention period ended and the fields above were cleared; null while kept. */
  public Instant redactedAt;

  @Override
  public String toString() {
    return "NoticeContact[redacted]";
  }
}
