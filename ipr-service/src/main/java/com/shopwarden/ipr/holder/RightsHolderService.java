package com.shopwarden.ipr.holder;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.access.Roles;
import com.shopwarden.ipr.history.HistoryPage;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.RightsHolderApi.DocumentRecord;
import com.shopwarden.ipr.holder.RightsHolderApi.DocumentView;
import com.shopwarden.ipr.holder.RightsHolderApi.OrganisationView;
import com.shopwarden.ipr.holder.RightsHolderApi.Registration;
import com.shopwarden.ipr.holder.RightsHolderApi.TrustChange;
import com.shopwarden.ipr.holder.RightsHolderApi.VerificationDecision;
import com.shopwarden.ipr.paging.PageCursor;
import com.shopwarden.market.Market;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Registers organisations, records their documents, verifies them and sets their trust status. */
@ApplicationScoped
public class RightsHolderService {

  static final String SUBJECT = "ORGANISATION";

  /** Most documents one organisation records (the organisation view lists them all). */
  static final int MAX_DOCUMENTS = 50;

  /** Verification needs proof of who the organisation is and that it is a business. */
  private static final Set<DocumentKind> NEEDED_FOR_VERIFICATION =
      EnumSet.of(DocumentKind.IDENTITY, DocumentKind.BUSINESS_LICENCE);

  private final RightsHolderRepository holders;
  private final VerificationDocumentRepository documents;
  private final HistoryRepository history;
  private final MarketAccess access;
  private final OrganisationScope scope;
  private final Clock clock;

  public RightsHolderService(
      RightsHolderRepository holders,
      VerificationDocumentRepository documents,
      HistoryRepository history,
      MarketAccess access,
      OrganisationScope scope,
      Clock clock) {
    this.holders = holders;
    this.documents = documents;
    this.history = history;
    this.access = access;
    this.scope = scope;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<OrganisationView> register(Caller caller, Registration request) {
    Market market = access.require(caller, request.market());
    String id = organisationIdFor(caller, request.organisationId());
    return holders
        .findById(id)
        .chain(
            existing -> {
              if (existing != null) {
                throw ProblemException.conflict("organisation " + id + " is already registered");
              }
              Instant now = clock.instant();
              RightsHolder holder = new RightsHolder();
              holder.id = id;
              holder.legalName = request.legalName().strip();
              holder.market = market.code().name();
              holder.verificationStatus = VerificationStatus.UNVERIFIED;
              holder.trustStatus = TrustStatus.NONE;
              holder.createdAt = now;
              holder.updatedAt = now;
              return holders
                  .persist(holder)
                  .call(() -> record(holder, caller, "REGISTERED", null))
                  .chain(() -> view(holder));
            });
  }

  @WithSession
  public Uni<OrganisationView> get(Caller caller, String id) {
    return visible(caller, id).chain(this::view);
  }

  @WithTransaction
  public Uni<OrganisationView> recordDocument(Caller caller, String id, DocumentRecord request) {
    return visible(caller, id)
        .call(holder -> requireRoomForDocument(holder))
        .chain(
            holder -> {
              VerificationDocument document = new VerificationDocument();
              document.id = UUID.randomUUID();
              document.organisationId = holder.id;
              document.kind = request.kind();
              document.reference = request.reference().strip();
              document.recordedAt = clock.instant();
              document.recordedBy = caller.subject();
              return documents
                  .persist(document)
                  .call(() -> record(holder, caller, "DOCUMENT_RECORDED", request.kind().name()))
                  .chain(() -> view(holder));
            });
  }

  /** The organisation view lists every recorded document, so their number is bounded. */
  private Uni<Void> requireRoomForDocument(RightsHolder holder) {
    return documents
        .count("organisationId", holder.id)
        .map(
            count -> {
              if (count >= MAX_DOCUMENTS) {
                throw ProblemException.conflict(
                        "an organisation records at most " + MAX_DOCUMENTS + " documents")
                    .with("maxDocuments", MAX_DOCUMENTS);
              }
              return null;
            })
        .replaceWithVoid();
  }

  @WithTransaction
  public Uni<OrganisationView> decideVerification(
      Caller caller, String id, VerificationDecision decision) {
    if (decision.outcome() == VerificationStatus.UNVERIFIED) {
      throw ProblemException.invalidField("outcome", "must be VERIFIED or REFUSED");
    }
    return visible(caller, id)
        .chain(
            holder ->
                documents
                    .of(holder.id)
                    .chain(
                        recorded -> {
                          if (decision.outcome() == VerificationStatus.VERIFIED) {
                            requireDocuments(recorded);
                          }
                          holder.verificationStatus = decision.outcome();
                          holder.updatedAt = clock.instant();
                          return record(holder, caller, decision.outcome().name(), decision.note())
                              .chain(() -> view(holder));
                        }));
  }

  @WithTransaction
  public Uni<OrganisationView> changeTrust(Caller caller, String id, TrustChange change) {
    return visible(caller, id)
        .chain(
            holder -> {
              if (change.status() != TrustStatus.NONE
                  && holder.verificationStatus != VerificationStatus.VERIFIED) {
                throw ProblemException.conflict("only a verified organisation can be trusted");
              }
              holder.trustStatus = change.status();
              holder.updatedAt = clock.instant();
              return record(holder, caller, "TRUST_" + change.status().name(), change.reference())
                  .chain(() -> view(holder));
            });
  }

  @WithSession
  public Uni<HistoryPage> history(Caller caller, String id, String cursor, int limit) {
    PageCursor after = PageCursor.decode(cursor, 1);
    return visible(caller, id)
        .chain(holder -> history.page(SUBJECT, holder.id, after, limit))
        .map(read -> HistoryPage.of(read, limit));
  }

  /** The organisation, if the caller may see it; 404 when unknown. */
  public Uni<RightsHolder> visible(Caller caller, String id) {
    if (!caller.isStaff()) {
      access.requireOwnOrganisation(caller, id);
    }
    return holders
        .findById(id)
        .map(
            holder -> {
              if (holder == null) {
                throw ProblemException.notFound("organisation " + id + " not found");
              }
              scope.requireOrganisation(caller, holder.id, holder.market);
              return holder;
            });
  }

  private static String organisationIdFor(Caller caller, String requested) {
    if (caller.hasRole(Roles.IPR_AGENT)) {
      if (requested == null || requested.isBlank()) {
        throw ProblemException.invalidField("organisationId", "required when staff register");
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

  private static void requireDocuments(List<VerificationDocument> recorded) {
    Set<DocumentKind> present = EnumSet.noneOf(DocumentKind.class);
    recorded.forEach(d -> present.add(d.kind));
    Set<DocumentKind> missing = EnumSet.copyOf(NEEDED_FOR_VERIFICATION);
    missing.removeAll(present);
    if (!missing.isEmpty()) {
      throw ProblemException.conflict("documents missing for verification: " + missing)
          .with("missing", missing.stream().map(Enum::name).toList());
    }
  }

  private Uni<Void> record(RightsHolder holder, Caller caller, String action, String detail) {
    return history.record(SUBJECT, holder.id, holder.id, caller.subject(), action, detail);
  }

  private Uni<OrganisationView> view(RightsHolder holder) {
    return documents
        .of(holder.id)
        .map(
            recorded ->
                new OrganisationView(
                    holder.id,
                    holder.legalName,
                    holder.market,
                    holder.verificationStatus,
                    holder.trustStatus,
                    recorded.stream()
                        .map(d -> new DocumentView(d.kind, d.reference, d.recordedAt))
                        .toList(),
                    holder.createdAt));
  }
}
