package com.shopwarden.ipr.notice;

import com.shopwarden.access.Caller;
import com.shopwarden.ipr.holder.OrganisationScope;
import com.shopwarden.problem.ProblemException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/** Finds a notice the caller may see: its organisation's members, or staff of its market. */
@ApplicationScoped
public class NoticeAccess {

  private final NoticeRepository notices;
  private final OrganisationScope scope;

  public NoticeAccess(NoticeRepository notices, OrganisationScope scope) {
    this.notices = notices;
    this.scope = scope;
  }

  /** The notice; 404 when unknown or another organisation's, 403 for staff of another market. */
  public Uni<Notice> visible(Caller caller, UUID id) {
    return notices.findById(id).map(notice -> check(caller, id, notice));
  }

  /** The notice locked for update, for a claim; the same visibility rules. */
  public Uni<Notice> lockedVisible(Caller caller, UUID id) {
    return notices
        .findById(id, LockModeType.PESSIMISTIC_WRITE)
        .map(notice -> check(caller, id, notice));
  }

  private Notice check(Caller caller, UUID id, Notice notice) {
    if (notice == null) {
      throw ProblemException.notFound("notice " + id + " not found");
    }
    scope.requireVisible(caller, notice.organisationId, notice.market, "notice");
    return notice;
  }
}
