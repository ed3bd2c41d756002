package com.shopwarden.ipr.attachment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * The bytes of an attachment, in their own table so that listing attachments never reads them.
 * Stored in the database (bytea): files are small and bounded, and a notice's evidence then shares
 * the database's backups, access and transactions with the notice.
 */
@Entity
@Table(name = "notice_attachment_content")
public class AttachmentContent extends PanacheEntityBase {
  @Id public UUID attachmentId;
  public byte[] content;
}
