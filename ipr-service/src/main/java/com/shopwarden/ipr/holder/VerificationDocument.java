package com.shopwarden.ipr.holder;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A record that a document was handed in: a reference into the document store, not the file. */
@Entity
@Table(name = "verification_document")
public class VerificationDocument extends PanacheEntityBase {
  @Id public UUID id;
  public String organisationId;

  @Enumerated(EnumType.STRING)
  public DocumentKind kind;

  public String reference;
  public Instant recordedAt;
  public String recordedBy;
}
