package com.shopwarden.ipr.asset;

import com.shopwarden.access.Caller;
import com.shopwarden.contracts.ipr.AssetKind;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import com.shopwarden.ipr.asset.AssetApi.AssetList;
import com.shopwarden.ipr.asset.AssetApi.AssetView;
import com.shopwarden.ipr.asset.AssetApi.Decision;
import com.shopwarden.ipr.asset.AssetApi.Registration;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.OrganisationScope;
import com.shopwarden.ipr.holder.RightsHolder;
import com.shopwarden.ipr.holder.RightsHolderRepository;
import com.shopwarden.ipr.holder.RightsHolderService;
import com.shopwarden.ipr.holder.VerificationStatus;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.outbox.Outbox;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

/**
 * Registers assets, verifies them, and publishes verified ones as proactive detection assets for
 * content moderation (and withdraws them again).
 */
@ApplicationScoped
public class AssetService {

  static final String SUBJECT = "ASSET";

  private final ProtectionAssetRepository assets;
  private final RightsHolderRepository holders;
  private final RightsHolderService holderService;
  private final OrganisationScope scope;
  private final ServedMarkets served;
  private final HistoryRepository history;
  private final Outbox outbox;
  private final Clock clock;

  public AssetService(
      ProtectionAssetRepository assets,
      RightsHolderRepository holders,
      RightsHolderService holderService,
      OrganisationScope scope,
      ServedMarkets served,
      HistoryRepository history,
      Outbox outbox,
      Clock clock) {
    this.assets = assets;
    this.holders = holders;
    this.holderService = holderService;
    this.scope = scope;
    this.served = served;
    this.history = history;
    this.outbox = outbox;
    this.clock = clock;
  }

  @WithTransaction
  public Uni<AssetView> register(Caller caller, String organisationId, Registration request) {
    check(request);
    return holderService
        .visible(caller, organisationId)
        .chain(
            holder -> {
              Instant now = clock.instant();
              ProtectionAsset asset = new ProtectionAsset();
              asset.id = UUID.randomUUID();
              asset.organisationId = holder.id;
              asset.kind = request.kind();
              asset.title = request.title().strip();
              asset.markText = blankToNull(request.markText());
              asset.registrationNumber = blankToNull(request.registrationNumber());
              asset.office = blankToNull(request.office());
              asset.classes =
                  request.classes() == null
                      ? List.of()
                      : request.classes().stream()
                          .distinct()
                          .sorted()
                          .map(String::valueOf)
                          .toList();
              asset.ownerName = request.ownerName().strip();
              asset.validFrom = request.validFrom();
              asset.validUntil = request.validUntil();
              asset.pdqHashes =
                  request.pdqHashes() == null
                      ? List.of()
                      : List.copyOf(new LinkedHashSet<>(request.pdqHashes()));
              asset.markets = markets(request.markets());
              asset.status = AssetStatus.PENDING;
              asset.createdAt = now;
              asset.updatedAt = now;
              return assets
                  .persist(asset)
                  .call(() -> record(asset, caller, "REGISTERED", null))
                  .map(AssetView::of);
            });
  }

  @WithSession
  public Uni<AssetView> get(Caller caller, UUID id) {
    return visible(caller, id).map(AssetView::of);
  }

  @WithSession
  public Uni<AssetList> list(Caller caller, String organisationId) {
    return holderService
        .visible(caller, organisationId)
        .chain(holder -> assets.ofOrganisation(holder.id))
        .map(found -> new AssetList(found.stream().map(AssetView::of).toList()));
  }

  /** Verifies (and publishes) or refuses a pending asset. */
  @WithTransaction
  public Uni<AssetView> decide(Caller caller, UUID id, Decision decision) {
    if (decision.outcome() != AssetStatus.VERIFIED && decision.outcome() != AssetStatus.REFUSED) {
      throw ProblemException.invalidField("outcome", "must be VERIFIED or REFUSED");
    }
    return visible(caller, id)
        .chain(
            asset -> {
              if (asset.status != AssetStatus.PENDING) {
                throw ProblemException.conflict("asset is " + asset.status + ", not PENDING")
                    .with("allowed", List.of());
              }
              return holders
                  .findById(asset.organisationId)
                  .chain(holder -> applyDecision(caller, holder, asset, decision));
            });
  }

  /** Withdraws an asset; a published one is withdrawn from detection too. */
  @WithTransaction
  public Uni<AssetView> withdraw(Caller caller, UUID id) {
    return visible(caller, id)
        .chain(
            asset -> {
              if (asset.status == AssetStatus.WITHDRAWN || asset.status == AssetStatus.REFUSED) {
                throw ProblemException.conflict("asset is already " + asset.status)
                    .with("allowed", List.of());
              }
              boolean published = asset.status == AssetStatus.VERIFIED;
              asset.status = AssetStatus.WITHDRAWN;
              asset.updatedAt = clock.instant();
              Uni<Void> event = published ? withdrawn(asset) : Uni.createFrom().voidItem();
              return event
                  .call(() -> record(asset, caller, "WITHDRAWN", null))
                  .map(x -> AssetView.of(asset));
            });
  }

  private Uni<AssetView> applyDecision(
      Caller caller, RightsHolder holder, ProtectionAsset asset, Decision decision) {
    if (decision.outcome() == AssetStatus.VERIFIED) {
      if (holder.verificationStatus != VerificationStatus.VERIFIED) {
        throw ProblemException.conflict("the organisation is not verified yet");
      }
      if (!asset.validOn(served.require(holder.market).legalDate(clock.instant()))) {
        throw ProblemException.conflict("the registration is not in force");
      }
    }
    asset.status = decision.outcome();
    asset.updatedAt = clock.instant();
    Uni<Void> event =
        decision.outcome() == AssetStatus.VERIFIED
            ? published(holder, asset)
            : Uni.createFrom().voidItem();
    return event
        .call(() -> record(asset, caller, decision.outcome().name(), decision.note()))
        .map(x -> AssetView.of(asset));
  }

  private Uni<Void> published(RightsHolder holder, ProtectionAsset asset) {
    return outbox.publish(
        new ProtectionAssetPublished(
            UUID.randomUUID(),
            holder.market,
            clock.instant(),
            asset.id.toString(),
            asset.organisationId,
            asset.kind,
            asset.markText,
            asset.pdqHashes,
            asset.markets));
  }

  private Uni<Void> withdrawn(ProtectionAsset asset) {
    return holders
        .findById(asset.organisationId)
        .chain(
            holder ->
                outbox.publish(
                    new ProtectionAssetWithdrawn(
                        UUID.randomUUID(),
                        holder.market,
                        clock.instant(),
                        asset.id.toString(),
                        asset.organisationId,
                        asset.kind,
                        asset.markText,
                        asset.pdqHashes,
                        asset.markets)));
  }

  /** The asset, if the caller may see it; 404 for another organisation's asset. */
  private Uni<ProtectionAsset> visible(Caller caller, UUID id) {
    return assets
        .findById(id)
        .chain(
            asset -> {
              if (asset == null) {
                throw ProblemException.notFound("asset " + id + " not found");
              }
              if (!caller.isStaff() && !caller.belongsTo(asset.organisationId)) {
                throw ProblemException.notFound("asset " + id + " not found");
              }
              return holders
                  .findById(asset.organisationId)
                  .map(
                      holder -> {
                        scope.requireVisible(caller, holder.id, holder.market, "asset");
                        return asset;
                      });
            });
  }

  private void check(Registration request) {
    boolean registered = request.kind() != AssetKind.COPYRIGHT;
    if (registered && blankToNull(request.registrationNumber()) == null) {
      throw ProblemException.invalidField("registrationNumber", "required for " + request.kind());
    }
    if (registered && blankToNull(request.office()) == null) {
      throw ProblemException.invalidField("office", "required for " + request.kind());
    }
    if (request.kind() == AssetKind.TRADEMARK
        && blankToNull(request.markText()) == null
        && (request.pdqHashes() == null || request.pdqHashes().isEmpty())) {
      throw ProblemException.invalidField(
          "markText", "a trademark needs a word mark or a logo hash");
    }
    if (request.validFrom() != null
        && request.validUntil() != null
        && request.validUntil().isBefore(request.validFrom())) {
      throw ProblemException.invalidField("validUntil", "must not be before validFrom");
    }
  }

  private List<String> markets(List<String> requested) {
    return requested.stream().map(code -> served.require(code).code().name()).distinct().toList();
  }

  private Uni<Void> record(ProtectionAsset asset, Caller caller, String action, String detail) {
    return history.record(
        SUBJECT, asset.id.toString(), asset.organisationId, caller.subject(), action, detail);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
