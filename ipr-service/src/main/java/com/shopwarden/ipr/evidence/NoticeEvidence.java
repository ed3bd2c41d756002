package com.shopwarden.ipr.evidence;

import com.shopwarden.ipr.asset.ProtectionAsset;
import com.shopwarden.ipr.asset.ProtectionAssetRepository;
import com.shopwarden.ipr.authorisation.BrandAuthorisation;
import com.shopwarden.ipr.authorisation.BrandAuthorisationRepository;
import com.shopwarden.ipr.config.IprConfig;
import com.shopwarden.ipr.evidence.Evidence.CitedAsset;
import com.shopwarden.ipr.evidence.Evidence.ItemEvidence;
import com.shopwarden.ipr.notice.Notice;
import com.shopwarden.ipr.notice.NoticeItem;
import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.text.TermIndex;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Assembles the automatic evidence of notices. A page of the review queue is served with two
 * queries (the cited assets, the authorisations of the named accounts) whatever its length.
 */
@ApplicationScoped
public class NoticeEvidence {

  private final ProtectionAssetRepository assets;
  private final BrandAuthorisationRepository authorisations;
  private final ServedMarkets served;
  private final IprConfig config;
  private final Clock clock;

  public NoticeEvidence(
      ProtectionAssetRepository assets,
      BrandAuthorisationRepository authorisations,
      ServedMarkets served,
      IprConfig config,
      Clock clock) {
    this.assets = assets;
    this.authorisations = authorisations;
    this.served = served;
    this.config = config;
    this.clock = clock;
  }

  /** The evidence of each notice, by notice id; {@code items} holds each notice's items. */
  public Uni<Map<UUID, Evidence>> of(List<Notice> notices, Map<UUID, List<NoticeItem>> items) {
    Set<UUID> assetIds = new LinkedHashSet<>();
    notices.forEach(n -> n.assetIds.forEach(id -> assetIds.add(UUID.fromString(id))));
    Set<String> organisations =
        notices.stream().map(n -> n.organisationId).collect(Collectors.toSet());
    Set<String> accounts =
        items.values().stream()
            .flatMap(Collection::stream)
            .map(i -> i.accountId)
            .collect(Collectors.toSet());
    Uni<List<ProtectionAsset>> cited =
        assetIds.isEmpty()
            ? Uni.createFrom().item(List.of())
            : assets.list("id in ?1", List.copyOf(assetIds));
    return cited.chain(
        found ->
            authorisations
                .granted(organisations, accounts)
                .map(granted -> assemble(notices, items, byId(found), granted)));
  }

  private Map<UUID, Evidence> assemble(
      List<Notice> notices,
      Map<UUID, List<NoticeItem>> items,
      Map<UUID, ProtectionAsset> assetsById,
      List<BrandAuthorisation> granted) {
    Map<UUID, Evidence> result = new HashMap<>();
    for (Notice notice : notices) {
      List<ProtectionAsset> cited =
          notice.assetIds.stream()
              .map(id -> assetsById.get(UUID.fromString(id)))
              .filter(Objects::nonNull)
              .toList();
      List<NoticeItem> own = items.getOrDefault(notice.id, List.of());
      result.put(notice.id, evidence(notice, own, cited, granted));
    }
    return result;
  }

  private Evidence evidence(
      Notice notice,
      List<NoticeItem> items,
      List<ProtectionAsset> cited,
      List<BrandAuthorisation> granted) {
    Market market = served.require(notice.market);
    LocalDate today = market.legalDate(clock.instant());
    // One index of the cited marks per language, shared by the notice's items.
    Map<String, Optional<TermIndex>> marks = new HashMap<>();
    List<ItemEvidence> perItem =
        items.stream()
            .map(
                item -> {
                  String language =
                      item.contentText == null
                          ? null
                          : MarkEvidence.language(item.language, market.languages());
                  List<BrandAuthorisation> forAccount =
                      granted.stream()
                          .filter(a -> a.organisationId.equals(notice.organisationId))
                          .filter(a -> a.accountId.equals(item.accountId))
                          .filter(a -> a.accountType == item.accountType)
                          .filter(a -> a.covers(notice.assetIds))
                          .toList();
                  return new ItemEvidence(
                      item.contentId,
                      item.accountId,
                      item.accountType,
                      language,
                      language == null
                          ? List.of()
                          : MarkEvidence.find(
                              marks.computeIfAbsent(language, l -> MarkEvidence.index(cited, l)),
                              item.contentText,
                              language),
                      LogoEvidence.compare(
                          cited,
                          item.pdqHashes,
                          config.logoMatchDistance(),
                          config.minimumPdqQuality()),
                      AuthorisationEvidence.find(forAccount, today));
                })
            .toList();
    return new Evidence(cited.stream().map(NoticeEvidence::citedAsset).toList(), perItem);
  }

  private static CitedAsset citedAsset(ProtectionAsset asset) {
    return new CitedAsset(
        asset.id,
        asset.kind,
        asset.title,
        asset.markText,
        asset.registrationNumber,
        asset.office,
        asset.validUntil,
        asset.status,
        asset.pdqHashes);
  }

  private static Map<UUID, ProtectionAsset> byId(List<ProtectionAsset> found) {
    return found.stream().collect(Collectors.toMap(a -> a.id, Function.identity()));
  }
}
