package com.shopwarden.ipr.authorisation;

import com.shopwarden.access.Caller;
import com.shopwarden.ipr.asset.ProtectionAssetRepository;
import com.shopwarden.ipr.authorisation.AuthorisationApi.AuthorisationList;
import com.shopwarden.ipr.authorisation.AuthorisationApi.AuthorisationView;
import com.shopwarden.ipr.authorisation.AuthorisationApi.Grant;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.RightsHolder;
import com.shopwarden.ipr.holder.RightsHolderService;
import com.shopwarden.ipr.paging.Page;
import com.shopwarden.ipr.paging.PageCursor;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The brand authorisation registry: an organisation records which accounts may use its marks, so
 * that a reviewer sees "authorised until ..." beside a notice against such an account.
 */
@ApplicationScoped
public class AuthorisationService {

  static final String SUBJECT = "ORGANISATION";

  private final BrandAuthorisationRepository authorisations;
  private final ProtectionAssetRepository assets;
  private final RightsHolderService holders;
  private final HistoryRepository history;
  private final ServedMarkets served;
  private final Clock clock;

  public AuthorisationService(
      BrandAuthorisationRepository authorisations,
      ProtectionAssetRepository assets,
      RightsHolderService holders,
      HistoryRepository history,
      ServedMarkets served,
      Clock clock) {
    this.authorisations = authorisations;
    this.assets = assets;
    this.holders = holders;
    this.history = history;
    this.served = served;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<AuthorisationView> grant(Caller caller, String organisationId, Grant grant) {
    if (grant.validFrom() != null
        && grant.validUntil() != null
        && grant.validUntil().isBefore(grant.validFrom())) {
      throw ProblemException.invalidField("validUntil", "must not be before validFrom");
    }
    return holders
        .visible(caller, organisationId)
        .call(holder -> requireOwnAsset(holder, grant.assetId()))
        .chain(
            holder -> {
              LocalDate today = today(holder);
              if (grant.validUntil() != null && grant.validUntil().isBefore(today)) {
                throw ProblemException.invalidField("validUntil", "has already passed");
              }
              BrandAuthorisation a = new BrandAuthorisation();
              a.id = UUID.randomUUID();
              a.organisationId = holder.id;
              a.assetId = grant.assetId();
              a.accountId = grant.accountId().strip();
              a.accountType = grant.accountType();
              a.validFrom = grant.validFrom();
              a.validUntil = grant.validUntil();
              a.reference = blankToNull(grant.reference());
              a.createdAt = clock.instant();
              a.createdBy = caller.subject();
              return authorisations
                  .persist(a)
                  .call(() -> record(a, caller, "AUTHORISATION_GRANTED", describe(a)))
                  .map(x -> AuthorisationView.of(a, today));
            });
  }

  @WithSession
  public Uni<AuthorisationList> list(
      Caller caller, String organisationId, String accountId, String cursor, int limit) {
    PageCursor after = PageCursor.decode(cursor, 2);
    return holders
        .visible(caller, organisationId)
        .chain(
            holder ->
                authorisations
                    .ofOrganisation(holder.id, blankToNull(accountId), after, limit)
                    .map(
                        read -> {
                          Page<BrandAuthorisation> page =
                              Page.of(read, limit, a -> PageCursor.encode(a.createdAt, a.id));
                          LocalDate today = today(holder);
                          return new AuthorisationList(
                              page.rows().stream()
                                  .map(a -> AuthorisationView.of(a, today))
                                  .toList(),
                              page.nextCursor());
                        }));
  }

  @WithTransaction
  public Uni<AuthorisationView> revoke(Caller caller, String organisationId, UUID id) {
    return holders
        .visible(caller, organisationId)
        .chain(
            holder ->
                authorisations
                    .findById(id)
                    .chain(
                        a -> {
                          if (a == null || !a.organisationId.equals(holder.id)) {
                            throw ProblemException.notFound("authorisation " + id + " not found");
                          }
                          if (a.revokedAt != null) {
                            throw ProblemException.conflict("the authorisation is already revoked")
                                .with("allowed", List.of());
                          }
                          a.revokedAt = clock.instant();
                          a.revokedBy = caller.subject();
                          return record(a, caller, "AUTHORISATION_REVOKED", describe(a))
                              .map(x -> AuthorisationView.of(a, today(holder)));
                        }));
  }

  private Uni<Void> requireOwnAsset(RightsHolder holder, UUID assetId) {
    if (assetId == null) {
      return Uni.createFrom().voidItem();
    }
    return assets
        .findById(assetId)
        .map(
            asset -> {
              if (asset == null || !asset.organisationId.equals(holder.id)) {
                throw ProblemException.invalidField(
                    "assetId", "not an asset of organisation " + holder.id);
              }
              return null;
            })
        .replaceWithVoid();
  }

  private LocalDate today(RightsHolder holder) {
    return served.require(holder.market).legalDate(clock.instant());
  }

  private Uni<Void> record(BrandAuthorisation a, Caller caller, String action, String detail) {
    return history.record(
        SUBJECT, a.organisationId, a.organisationId, caller.subject(), action, detail);
  }

  /** Ids and dates only: the history holds no personal data. */
  private static String describe(BrandAuthorisation a) {
    return a.id
        + ": "
        + a.accountType
        + " "
        + a.accountId
        + (a.assetId == null ? ", all assets" : ", asset " + a.assetId)
        + (a.validUntil == null ? ", no end date" : ", until " + a.validUntil);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
