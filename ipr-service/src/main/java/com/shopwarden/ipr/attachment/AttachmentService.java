package com.shopwarden.ipr.attachment;

import com.shopwarden.access.Caller;
import com.shopwarden.ipr.attachment.AttachmentApi.AttachmentList;
import com.shopwarden.ipr.attachment.AttachmentApi.AttachmentView;
import com.shopwarden.ipr.attachment.AttachmentApi.File;
import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.notice.Notice;
import com.shopwarden.ipr.notice.NoticeAccess;
import com.shopwarden.ipr.notice.NoticeState;
import com.shopwarden.ipr.paging.Page;
import com.shopwarden.ipr.paging.PageCursor;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Evidence files on notices (a registration certificate, screenshots of the listing, a licence):
 * PDF, PNG or JPEG, bounded in size and count, added while the notice awaits review and read by
 * whoever may read the notice.
 */
@ApplicationScoped
public class AttachmentService {

  /** The states in which the notifier may still add evidence for the reviewer. */
  static final Set<NoticeState> OPEN_FOR_EVIDENCE =
      EnumSet.of(NoticeState.INCOMPLETE, NoticeState.SUBMITTED, NoticeState.UNDER_REVIEW);

  /** The formats an evidence file may have. */
  static final List<EvidenceFormat> FORMATS =
      List.of(EvidenceFormat.PDF, EvidenceFormat.PNG, EvidenceFormat.JPEG);

  private final AttachmentRepository attachments;
  private final AttachmentContentRepository contents;
  private final NoticeAccess noticeAccess;
  private final HistoryRepository history;
  private final IprConfig config;
  private final Clock clock;

  public AttachmentService(
      AttachmentRepository attachments,
      AttachmentContentRepository contents,
      NoticeAccess noticeAccess,
      HistoryRepository history,
      IprConfig config,
      Clock clock) {
    this.attachments = attachments;
    this.contents = contents;
    this.noticeAccess = noticeAccess;
    this.history = history;
    this.config = config;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<AttachmentView> add(
      Caller caller, UUID noticeId, String name, String contentType, byte[] content) {
    EvidenceFormat format = EvidenceFormat.declared(contentType, FORMATS);
    format.check(content, config.attachmentMaxBytes());
    return noticeAccess
        .lockedVisible(caller, noticeId)
        .chain(
            notice -> {
              if (!OPEN_FOR_EVIDENCE.contains(notice.state)) {
                throw ProblemException.conflict(
                        "evidence can be added while the notice awaits review, not when "
                            + notice.state)
                    .with("state", notice.state.name());
              }
              return attachments
                  .countOf(notice.id)
                  .chain(
                      count -> {
                        if (count >= config.attachmentsPerNotice()) {
                          throw ProblemException.conflict(
                                  "a notice holds at most "
                                      + config.attachmentsPerNotice()
                                      + " attachments")
                              .with("maxAttachments", config.attachmentsPerNotice());
                        }
                        return store(caller, notice, name, format, content);
                      });
            });
  }

  @WithSession
  public Uni<AttachmentList> list(Caller caller, UUID noticeId, String cursor, int limit) {
    PageCursor after = PageCursor.decode(cursor, 2);
    return noticeAccess
        .visible(caller, noticeId)
        .chain(notice -> attachments.of(notice.id, after, limit))
        .map(
            read -> {
              Page<NoticeAttachment> page =
                  Page.of(read, limit, a -> PageCursor.encode(a.uploadedAt, a.id));
              return new AttachmentList(
                  page.rows().stream().map(AttachmentView::of).toList(), page.nextCursor());
            });
  }

  @WithSession
  public Uni<File> file(Caller caller, UUID noticeId, UUID attachmentId) {
    return noticeAccess
        .visible(caller, noticeId)
        .chain(notice -> attachments.findById(attachmentId))
        .chain(
            attachment -> {
              if (attachment == null || !attachment.noticeId.equals(noticeId)) {
                throw ProblemException.notFound("attachment " + attachmentId + " not found");
              }
              return contents
                  .findById(attachment.id)
                  .map(content -> new File(attachment, content.content));
            });
  }

  private Uni<AttachmentView> store(
      Caller caller, Notice notice, String name, EvidenceFormat format, byte[] content) {
    NoticeAttachment attachment = new NoticeAttachment();
    attachment.id = UUID.randomUUID();
    attachment.noticeId = notice.id;
    attachment.name = name.strip();
    attachment.contentType = format.mediaType();
    attachment.sizeBytes = content.length;
    attachment.sha256 = sha256(content);
    attachment.uploadedAt = clock.instant();
    attachment.uploadedBy = caller.subject();
    AttachmentContent stored = new AttachmentContent();
    stored.attachmentId = attachment.id;
    stored.content = content;
    return attachments
        .persist(attachment)
        .call(() -> contents.persist(stored))
        .call(
            () ->
                history.record(
                    "NOTICE",
                    notice.id.toString(),
                    notice.organisationId,
                    caller.subject(),
                    "ATTACHMENT_ADDED",
                    // The name may be personal; the history keeps id, type and size only.
                    attachment.id + " " + format.mediaType() + " " + content.length + " bytes"))
        .map(x -> AttachmentView.of(attachment));
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
