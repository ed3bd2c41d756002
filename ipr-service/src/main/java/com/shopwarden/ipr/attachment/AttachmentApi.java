package com.shopwarden.ipr.attachment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Response bodies of the attachment API (uploads are the raw file). */
public final class AttachmentApi {

  private AttachmentApi() {}

  /** An attachment's metadata. */
  public record AttachmentView(
      UUID attachmentId,
      UUID noticeId,
      String name,
      String contentType,
      int sizeBytes,
      String sha256,
      Instant uploadedAt) {

    static AttachmentView of(NoticeAttachment a) {
      return new AttachmentView(
          a.id, a.noticeId, a.name, a.contentType, a.sizeBytes, a.sha256, a.uploadedAt);
    }
  }

  /**
   * A page of a notice's attachments, in upload order.
   *
   * @param nextCursor pass as {@code cursor} for the next page; {@code null} on the last page
   */
  public record AttachmentList(List<AttachmentView> attachments, String nextCursor) {}

  /** A file to send back: its metadata and bytes. */
  public record File(NoticeAttachment attachment, byte[] content) {}
}
