package com.shopwarden.ipr.notice;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.RightsHolder;
import com.shopwarden.ipr.holder.RightsHolderRepository;
import com.shopwarden.ipr.holder.VerificationStatus;
import com.shopwarden.ipr.misuse.NotifierMisuse;
import com.shopwarden.ipr.notice.NoticeApi.Filing;
import com.shopwarden.ipr.notice.NoticeApi.NoticeView;
import com.shopwarden.ipr.notice.NoticeApi.Supplement;
import com.shopwarden.ipr.notice.NoticeCompleteness.Assessment;
import com.shopwarden.ipr.pack.IprPack;
import com.shopwarden.ipr.pack.IprPacks;
import com.shopwarden.market.Market;
import com.shopwarden.problem.FieldViolation;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Files notices and completes INCOMPLETE ones, judging each against the market's regime. */
@ApplicationScoped
public class NoticeFilingService {

  static final String SUBJECT = "NOTICE";

  private final NoticeRepository notices;
  private final NoticeItemRepository items;
  private final NoticeContactRepository contacts;
  private final RightsHolderRepository holders;
  private final CitedAssets citedAssets;
  private final FilingRateLimit rateLimit;
  private final NotifierMisuse misuse;
  private final NoticeNotifications notifications;
  private final NoticeAccess noticeAccess;
  private final NoticeViews views;
  private final HistoryRepository history;
  private final MarketAccess access;
  private final IprPacks packs;
  private final Clock clock;

  public NoticeFilingService(
      NoticeRepository notices,
      NoticeItemRepository items,
      NoticeContactRepository contacts,
      RightsHolderRepository holders,
      CitedAssets citedAssets,
      FilingRateLimit rateLimit,
      NotifierMisuse misuse,
      NoticeNotifications notifications,
      NoticeAccess noticeAccess,
      NoticeViews views,
      HistoryRepository history,
      MarketAccess access,
      IprPacks packs,
      Clock clock) {
    this.notices = notices;
    this.items = items;
    this.contacts = contacts;
    this.holders = holders;
    this.citedAssets = citedAssets;
    this.rateLimit = rateLimit;
    this.misuse = misuse;
    this.notifications = notifications;
    this.noticeAccess = noticeAccess;
    this.views = views;
    this.history = history;
    this.access = access;
    this.packs = packs;
    this.clock = clock;
  }

  /** Files a notice, judged against the market's pack; see {@link IdempotentFiling} for keys. */
  @WithTransaction
  public Uni<NoticeView> file(Caller caller, Filing filing) {
    Market market = access.require(caller, filing.market());
    String organisationId = organisationFor(caller, filing.organisationId());
    ListingEan.check(filing.items());
    Instant now = clock.instant();
    IprPack pack = packs.of(market.code());
    Assessment assessment =
        NoticeCompleteness.assess(
            pack.requiredNoticeElements(), FiledElements.of(filing), reachable(filing.contact()));
    if (!assessment.identifiable()) {
      throw unidentifiable(assessment.missing());
    }
    return holders
        .findById(organisationId)
        .chain(holder -> requireVerified(holder, organisationId))
        .call(holder -> misuse.requireNotSuspended(holder.id))
        .call(holder -> rateLimit.check(holder.id, pack, now))
        .call(
            holder ->
                citedAssets.requireUsable(
                    holder.id, market, ids(filing.assetIds()), market.legalDate(now)))
        .chain(holder -> store(caller, filing, market, pack, assessment, holder, now));
  }

  @WithTransaction
  public Uni<NoticeView> supplement(Caller caller, UUID id, Supplement supplement) {
    return noticeAccess
        .visible(caller, id)
        .chain(
            notice -> {
              if (notice.state != NoticeState.INCOMPLETE) {
                throw ProblemException.conflict("only an INCOMPLETE notice can be supplemented")
                    .with("state", notice.state.name())
                    .with("allowed", List.of());
              }
              return items
                  .of(notice.id)
                  .chain(
                      stored ->
                          contacts
                              .findById(notice.id)
                              .chain(
                                  contact ->
                                      complete(caller, notice, stored, contact, supplement)));
            });
  }

  private Uni<NoticeView> complete(
      Caller caller,
      Notice notice,
      List<NoticeItem> stored,
      NoticeContact contact,
      Supplement supplement) {
    Market market = access.require(caller, notice.market);
    IprPack pack = packs.of(market.code());
    Filing merged = FiledElements.merge(notice, stored, contact, supplement);
    Assessment assessment =
        NoticeCompleteness.assess(
            pack.requiredNoticeElements(), FiledElements.of(merged), reachable(merged.contact()));
    return citedAssets
        .requireUsable(
            notice.organisationId,
            market,
            ids(merged.assetIds()),
            market.legalDate(clock.instant()))
        .chain(
            () -> {
              FiledElements.apply(merged, notice, stored, contact);
              notice.missingElements = names(assessment.missing());
              notice.packVersion = pack.version();
              if (assessment.complete()) {
                notice.moveTo(NoticeState.SUBMITTED);
              }
              String template =
                  assessment.complete() ? "ipr.notice.received" : "ipr.notice.incomplete";
              return history
                  .record(
                      SUBJECT,
                      notice.id.toString(),
                      notice.organisationId,
                      caller.subject(),
                      "SUPPLEMENTED",
                      notice.state.name())
                  .call(() -> notifications.toNotifier(notice, template, missingParameter(notice)))
                  .chain(() -> views.of(notice, stored));
            });
  }

  private Uni<NoticeView> store(
      Caller caller,
      Filing filing,
      Market market,
      IprPack pack,
      Assessment assessment,
      RightsHolder holder,
      Instant now) {
    Notice notice = new Notice();
    notice.id = UUID.randomUUID();
    notice.market = market.code().name();
    notice.organisationId = holder.id;
    notice.filedBy = caller.subject();
    notice.regime = pack.regime();
    notice.packVersion = pack.version();
    notice.state = assessment.complete() ? NoticeState.SUBMITTED : NoticeState.INCOMPLETE;
    notice.workDescription = FiledElements.text(filing.workDescription());
    notice.explanation = FiledElements.text(filing.explanation());
    notice.assetIds = ids(filing.assetIds()).stream().map(UUID::toString).toList();
    notice.missingElements = names(assessment.missing());
    notice.goodFaith = filing.goodFaithStatement();
    notice.accuracySworn = filing.accuracyStatement();
    notice.trusted = holder.trusted();
    notice.receivedAt = now;
    notice.reviewDeadline = now.plus(pack.reviewTime(holder.trusted()));
    List<NoticeItem> stored = FiledElements.items(notice.id, filing.items());
    NoticeContact contact = FiledElements.contact(notice.id, filing.contact(), filing.signature());
    String template = assessment.complete() ? "ipr.notice.received" : "ipr.notice.incomplete";
    return notices
        .persist(notice)
        .call(() -> items.persist(stored))
        .call(() -> contacts.persist(contact))
        .call(
            () ->
                history.record(
                    SUBJECT,
                    notice.id.toString(),
                    holder.id,
                    caller.subject(),
                    "FILED",
                    notice.state.name()))
        .call(() -> notifications.toNotifier(notice, template, missingParameter(notice)))
        .chain(() -> views.of(notice, stored));
  }

  private static Map<String, String> missingParameter(Notice notice) {
    return notice.missingElements.isEmpty()
        ? Map.of()
        : Map.of("missingElements", String.join(",", notice.missingElements));
  }

  private static Uni<RightsHolder> requireVerified(RightsHolder holder, String organisationId) {
    if (holder == null) {
      throw ProblemException.invalidField(
          "organisationId", "unknown organisation " + organisationId);
    }
    if (holder.verificationStatus != VerificationStatus.VERIFIED) {
      throw ProblemException.conflict("the organisation is not verified; it cannot file notices");
    }
    return Uni.createFrom().item(holder);
  }

  private static String organisationFor(Caller caller, String requested) {
    if (caller.hasRole(Roles.IPR_AGENT)) {
      if (requested == null || requested.isBlank()) {
        throw ProblemException.invalidField("organisationId", "required when an ipr-agent files");
      }
      return requested;
    }
    String own =
        caller
            .organisationId()
            .orElseThrow(() -> ProblemException.forbidden("the token names no organisation"));
    if (requested != null && !requested.equals(own)) {
      throw ProblemException.forbidden("callers may only act for their own organisation");
    }
    return own;
  }

  private static boolean reachable(NoticeApi.Contact contact) {
    return contact != null
        && (FiledElements.text(contact.email()) != null
            || FiledElements.text(contact.phone()) != null
            || FiledElements.text(contact.address()) != null);
  }

  private static ProblemException unidentifiable(List<NoticeElement> missing) {
    List<FieldViolation> fields = new ArrayList<>();
    missing.forEach(e -> fields.add(new FieldViolation(e.field(), "missing element " + e.name())));
    return new ProblemException(
        ProblemType.UNPROCESSABLE,
        "the notice does not identify the work, the material and a contact; missing: "
            + names(missing),
        fields,
        Map.of("missingElements", names(missing)));
  }

  private static List<UUID> ids(List<UUID> assetIds) {
    return assetIds == null ? List.of() : assetIds.stream().distinct().toList();
  }

  private static List<String> names(List<NoticeElement> elements) {
    return elements.stream().map(Enum::name).toList();
  }
}
