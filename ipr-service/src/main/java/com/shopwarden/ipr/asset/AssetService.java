package com.shopwarden.ipr.asset;

import com.shopwarden.access.Caller;
import com.shopwarden.contracts.ipr.AssetKind;
import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import com.shopwarden.ipr.asset.AssetApi.AssetList;
import com.shopwarden.ipr.asset.AssetApi.AssetView;
import com.shopwarden.ipr.asset.AssetApi.Decision;
import com.shopwarden.ipr.asset.AssetApi.Registration;
import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.ipr.history.HistoryRepository;
import com.shopwarden.ipr.holder.OrganisationScope;
import com.shopwarden.ipr.holder.RightsHolder;
import com.shopwarden.ipr.holder.RightsHolderRepository;
import com.shopwarden.ipr.holder.RightsHolderService;
import com.shopwarden.ipr.holder.VerificationStatus;
import com.shopwarden.ipr.paging.Page;
import com.shopwarden.ipr.paging.PageCursor;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.media.pdq.PdqDigest;
import com.shopwarden.outbox.Outbox;
import com.shopwarden.problem.ProblemException;
import com.shopwarden.problem.ProblemType;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Registers assets, verifies them, and publishes verified ones as proactive detection assets for
 * content moderation (and withdraws them again).
 */
@ApplicationScoped
public class AssetService {

  static final String SUBJECT = "ASSET";

  /** Most logo or reference hashes an asset holds (as many as a registration may name). */
  static final int MAX_HASHES = 20;

  private final ProtectionAssetRepository assets;
  private final RightsHolderRepository holders;
  private final RightsHolderService holderService;
  private final OrganisationScope scope;
  private final ServedMarkets served;
  private final HistoryRepository history;
  private final Outbox outbox;
  private final IprConfig config;
  private final Clock clock;

  public AssetService(
      ProtectionAssetRepository assets,
      RightsHolderRepository holders,
      RightsHolderService holderService,
      OrganisationScope scope,
      ServedMarkets served,
      HistoryRepository history,
      Outbox outbox,
      IprConfig config,
      Clock clock) {
    this.assets = assets;
    this.holders = holders;
    this.holderService = holderService;
    this.scope = scope;
    this.served = served;
    this.history = history;
    this.outbox = outbox;
    this.config = config;
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
              asset.pdqHashes = List.of();
              asset.pdqQualities = List.of();
              List<String> hashes = request.pdqHashes() == null ? List.of() : request.pdqHashes();
              for (int i = 0; i < hashes.size(); i++) {
                asset.addHash(
                    hashes.get(i),
                    request.pdqQualities() == null ? null : request.pdqQualities().get(i));
              }
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
  public Uni<AssetList> list(Caller caller, String organisationId, String cursor, int limit) {
    PageCursor after = PageCursor.decode(cursor, 2);
    return holderService
        .visible(caller, organisationId)
        .chain(holder -> assets.ofOrganisation(holder.id, after, limit))
        .map(
            read -> {
              Page<ProtectionAsset> page =
                  Page.of(read, limit, a -> PageCursor.encode(a.createdAt, a.id));
              return new AssetList(
                  page.rows().stream().map(AssetView::of).toList(), page.nextCursor());
            });
  }

  /**
   * Adds the PDQ hash of an uploaded logo image, with its quality, to a PENDING asset (a verified
   * asset's images are what was verified; withdraw and register again to change them).
   */
  @WithTransaction
  public Uni<AssetView> addLogoHash(Caller caller, UUID id, PdqDigest digest) {
    if (digest.quality() < config.minimumPdqQuality()) {
      throw new ProblemException(
          ProblemType.UNPROCESSABLE,
          "the logo is too flat for a meaningful hash: quality "
              + digest.quality()
              + " is below "
              + config.minimumPdqQuality());
    }
    return visible(caller, id)
        .chain(
            asset -> {
              if (asset.status != AssetStatus.PENDING) {
                throw ProblemException.conflict(
                        "logo images can be added while the asset is PENDING, not " + asset.status)
                    .with("allowed", List.of());
              }
              String hex = digest.hash().toHex();
              if (!asset.pdqHashes.contains(hex) && asset.pdqHashes.size() >= MAX_HASHES) {
                throw ProblemException.conflict(
                    "an asset holds at most " + MAX_HASHES + " logo hashes");
              }
              asset.addHash(hex, digest.quality());
              asset.updatedAt = clock.instant();
              return record(asset, caller, "LOGO_HASHED", hex + " quality " + digest.quality())
                  .map(x -> AssetView.of(asset));
            });
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
            asset.markets,
            publishedQualities(asset)));
  }

  /**
   * The hashes' qualities for the event: all of them, or none when any is unknown (the contract
   * gives a quality for every hash or for none).
   */
  static List<Integer> publishedQualities(ProtectionAsset asset) {
    List<Integer> qualities = asset.qualities();
    return qualities.contains(null) ? List.of() : qualities;
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
    List<String> hashes = request.pdqHashes() == null ? List.of() : request.pdqHashes();
    List<Integer> qualities = request.pdqQualities();
    if (qualities != null && qualities.size() != hashes.size()) {
      throw ProblemException.invalidField("pdqQualities", "one quality per entry of pdqHashes");
    }
    if (hashes.stream().distinct().count() != hashes.size()) {
      throw ProblemException.invalidField("pdqHashes", "a hash is listed twice");
    }
    if (qualities != null) {
      for (int i = 0; i < qualities.size(); i++) {
        if (qualities.get(i) < config.minimumPdqQuality()) {
          throw ProblemException.invalidField(
              "pdqQualities[" + i + "]",
              "below " + config.minimumPdqQuality() + ": the hash is too flat to be meaningful");
        }
      }
    }
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
