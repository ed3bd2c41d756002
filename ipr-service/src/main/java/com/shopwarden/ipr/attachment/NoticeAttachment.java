package com.shopwarden.ipr.attachment;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** An evidence file on a notice: its metadata; the bytes are in {@link AttachmentContent}. */
@Entity
@Table(name = "notice_attachment")
public class NoticeAttachment extends PanacheEntityBase {
  @Id public UUID id;
  public UUID noticeId;
  public String name;
  public String contentType;
  public int sizeBytes;

  /** SHA-256 of the content, hex: lets a reader check the file it downloaded. */
  public String sha256;

  public Instant uploadedAt;
  public String uploadedBy;
}
