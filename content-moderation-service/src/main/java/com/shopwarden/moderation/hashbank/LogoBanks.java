package com.shopwarden.moderation.hashbank;

import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.market.ServedMarkets;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Rights holders' logo hashes: each published asset's PDQ hashes become entries of the bank {@code
 * logos-<organisation>} (kind {@code COUNTERFEIT_LOGO}, default thresholds) in every named market
 * this deployment serves; a republished asset replaces its entries, a withdrawn one removes them.
 * Each entry keeps the quality the event gives for its hash ({@code pdqQualities}), so the bank's
 * minimum quality leaves out poor logo images as it does for any entry; an event without qualities
 * (an older producer) is taken at quality 100, since ipr-service verified the asset's images. A
 * market's policy admins may retire the logo bank: new logos then go to no bank of that market
 * (withdrawals still remove theirs). Runs in the inbox's transaction.
 */
@ApplicationScoped
public class LogoBanks {

  static final String KIND = "COUNTERFEIT_LOGO";
  static final int ASSET_QUALITY = 100;

  private final HashBankRepository banks;
  private final HashBankService service;
  private final ServedMarkets served;

  public LogoBanks(HashBankRepository banks, HashBankService service, ServedMarkets served) {
    this.banks = banks;
    this.service = service;
    this.served = served;
  }

  /** Replaces the asset's logo hashes with the event's. */
  public Uni<Void> published(ProtectionAssetPublished event, String who) {
    Uni<Void> removed = withdrawn(event.assetId(), who);
    if (event.pdqHashes().isEmpty()) {
      return removed;
    }
    List<String> markets = event.markets().stream().filter(served::serves).toList();
    return removed.flatMap(
        ignored ->
            Multi.createFrom()
                .iterable(markets)
                .onItem()
                .transformToUniAndConcatenate(market -> add(market, event, who))
                .collect()
                .last()
                .replaceWithVoid());
  }

  /** Removes every logo hash of the asset, raising the version of each bank it touched. */
  public Uni<Void> withdrawn(String assetId, String who) {
    return HashBankEntryEntity.<HashBankEntryEntity>list("sourceRef", assetId)
        .flatMap(
            entries -> {
              if (entries.isEmpty()) {
                return Uni.createFrom().voidItem();
              }
              Set<UUID> touched = entries.stream().map(e -> e.bankId).collect(Collectors.toSet());
              return HashBankEntryEntity.delete("sourceRef", assetId)
                  .flatMap(
                      ignored ->
                          Multi.createFrom()
                              .iterable(List.copyOf(touched))
                              .onItem()
                              .transformToUniAndConcatenate(
                                  id ->
                                      banks
                                          .findById(id)
                                          .flatMap(
                                              b ->
                                                  service.raise(
                                                      b, who, "removed logo of asset " + assetId)))
                              .collect()
                              .last()
                              .replaceWithVoid());
            });
  }

  /** The quality of each of the event's hashes, in their order. */
  static List<Integer> qualities(ProtectionAssetPublished event) {
    if (event.pdqQualities().isEmpty()) {
      return Collections.nCopies(event.pdqHashes().size(), ASSET_QUALITY);
    }
    return event.pdqQualities();
  }

  private Uni<Void> add(String market, ProtectionAssetPublished event, String who) {
    String name = bankName(event.organisationId());
    return banks
        .byName(market, name)
        .flatMap(
            existing ->
                existing != null
                    ? Uni.createFrom().item(existing)
                    : banks.persist(
                        service.newBank(
                            market,
                            name,
                            KIND,
                            false,
                            HashBankService.DEFAULT_MAX_DISTANCE,
                            HashBankService.DEFAULT_MIN_QUALITY,
                            "logos of rights holder " + event.organisationId(),
                            who)))
        .flatMap(
            bank -> {
              if (bank.retired()) {
                return Uni.createFrom().voidItem();
              }
              List<Integer> qualities = qualities(event);
              List<HashBankEntryEntity> entries = new ArrayList<>();
              for (int i = 0; i < event.pdqHashes().size(); i++) {
                entries.add(
                    service.entry(
                        bank,
                        event.pdqHashes().get(i),
                        qualities.get(i),
                        event.assetId(),
                        event.assetId(),
                        who));
              }
              return HashBankEntryEntity.persist(entries)
                  .flatMap(ignored -> service.raise(bank, who, "logo of asset " + event.assetId()));
            });
  }

  /** {@code logos-<organisation slug>}, at most 64 characters. */
  public static String bankName(String organisationId) {
    String slug = organisationId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    return ("logos-" + slug).substring(0, Math.min(64, 6 + slug.length()));
  }
}
