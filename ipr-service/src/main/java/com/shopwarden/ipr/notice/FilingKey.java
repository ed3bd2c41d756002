package com.shopwarden.ipr.notice;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * The Idempotency-Key of a notice filing, scoped to the caller who sent it, with a hash of the
 * request and the answer given, replayed when the same request is repeated with the same key.
 */
@Entity
@Table(name = "notice_filing_key")
@IdClass(FilingKey.Key.class)
public class FilingKey extends PanacheEntityBase {
  @Id public String callerSubject;
  @Id public String idempotencyKey;
  public String requestHash;
  public UUID noticeId;

  /** The first answer's body, exactly as sent. */
  public String response;

  public Instant createdAt;

  /** The composite key: caller and key. */
  public static class Key implements Serializable {
    public String callerSubject;
    public String idempotencyKey;

    public Key() {}

    public Key(String callerSubject, String idempotencyKey) {
      this.callerSubject = callerSubject;
      this.idempotencyKey = idempotencyKey;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key k
          && callerSubject.equals(k.callerSubject)
          && idempotencyKey.equals(k.idempotencyKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(callerSubject, idempotencyKey);
    }
  }
}
