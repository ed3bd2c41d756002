package com.shopwarden.moderation.termlist;

import com.shopwarden.contracts.ipr.ProtectionAssetPublished;
import com.shopwarden.contracts.ipr.ProtectionAssetWithdrawn;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.moderation.audit.PolicyChangeLog;
import com.shopwarden.moderation.hashbank.LogoBanks;
import com.shopwarden.outbox.EventHandlers;
import com.shopwarden.outbox.EventInbox;
import com.shopwarden.text.MatchMode;
import com.shopwarden.text.Term;
import com.shopwarden.text.TermIndex;
import com.shopwarden.text.TermSeverity;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Turns rights holders' word marks into terms: each published asset's mark text becomes a PHRASE
 * term (severity MEDIUM) of the list {@code marks-<organisation>} in every named market this
 * deployment serves; a republished asset replaces its terms, a withdrawn one removes them. What a
 * mark hit means is for strategies to say (for example {@code t.list.startsWith("marks-")} with a
 * listing's brand not matching). The asset's PDQ hashes go to the rights holder's logo bank ({@link
 * LogoBanks}) in the same transaction. Caches pick the change up through the change history.
 */
@ApplicationScoped
public class MarkTermsConsumer {

  static final String WHO = "ipr-service";

  private final EventInbox inbox;
  private final TermListRepository lists;
  private final PolicyChangeLog changes;
  private final ServedMarkets served;
  private final Clock clock;
  private final LogoBanks logos;
  private final EventHandlers handlers =
      EventHandlers.create()
          .on(ProtectionAssetPublished.class, this::published)
          .on(ProtectionAssetWithdrawn.class, this::withdrawn);

  public MarkTermsConsumer(
      EventInbox inbox,
      TermListRepository lists,
      PolicyChangeLog changes,
      ServedMarkets served,
      Clock clock,
      LogoBanks logos) {
    this.inbox = inbox;
    this.lists = lists;
    this.changes = changes;
    this.served = served;
    this.clock = clock;
    this.logos = logos;
  }

  @Incoming("protection-assets")
  public Uni<Void> on(Message<byte[]> message) {
    return inbox.consume("content-moderation.mark-terms", message, handlers);
  }

  Uni<Void> published(ProtectionAssetPublished event) {
    return marks(event).flatMap(ignored -> logos.published(event, WHO));
  }

  private Uni<Void> marks(ProtectionAssetPublished event) {
    return remove(event.assetId())
        .flatMap(
            ignored ->
                usable(event.markText())
                    ? Multi.createFrom()
                        .iterable(event.markets().stream().filter(served::serves).toList())
                        .onItem()
                        .transformToUniAndConcatenate(
                            market -> add(market, event.organisationId(), event))
                        .collect()
                        .last()
                        .replaceWithVoid()
                    : Uni.createFrom().voidItem());
  }

  Uni<Void> withdrawn(ProtectionAssetWithdrawn event) {
    return remove(event.assetId()).flatMap(ignored -> logos.withdrawn(event.assetId(), WHO));
  }

  private Uni<Void> add(String market, String organisationId, ProtectionAssetPublished event) {
    String name = listName(organisationId);
    return lists
        .byName(market, name)
        .flatMap(
            existing -> {
              if (existing != null) {
                return Uni.createFrom().item(existing);
              }
              TermListEntity l = new TermListEntity();
              l.id = UUID.randomUUID();
              l.market = market;
              l.name = name;
              l.description = "word marks of rights holder " + organisationId;
              l.version = 0;
              l.updatedBy = WHO;
              l.updatedAt = clock.instant();
              return lists.persist(l);
            })
        .flatMap(
            list -> {
              TermEntryEntity e = new TermEntryEntity();
              e.id = UUID.randomUUID();
              e.listId = list.id;
              e.kind = TermEntryEntity.TERM;
              e.text = event.markText();
              e.mode = MatchMode.PHRASE.name();
              e.severity = TermSeverity.MEDIUM.name();
              e.languages = "";
              e.sourceRef = event.assetId();
              e.createdBy = WHO;
              e.createdAt = clock.instant();
              return e.persist().flatMap(ignored -> bump(list, "mark of asset " + event.assetId()));
            });
  }

  /** Removes every term of an asset, raising the version of each list it touched. */
  private Uni<Void> remove(String assetId) {
    return TermEntryEntity.<TermEntryEntity>list("sourceRef", assetId)
        .flatMap(
            entries -> {
              if (entries.isEmpty()) {
                return Uni.createFrom().voidItem();
              }
              Set<UUID> touched =
                  entries.stream().map(e -> e.listId).collect(java.util.stream.Collectors.toSet());
              return TermEntryEntity.delete("sourceRef", assetId)
                  .flatMap(
                      ignored ->
                          Multi.createFrom()
                              .iterable(List.copyOf(touched))
                              .onItem()
                              .transformToUniAndConcatenate(
                                  id ->
                                      lists
                                          .findById(id)
                                          .flatMap(
                                              l -> bump(l, "removed mark of asset " + assetId)))
                              .collect()
                              .last()
                              .replaceWithVoid());
            });
  }

  private Uni<Void> bump(TermListEntity list, String what) {
    list.version++;
    list.updatedBy = WHO;
    list.updatedAt = clock.instant();
    return changes.record(list.market, "TERM_LIST", list.id, list.version, what, WHO);
  }

  /** Mark text that normalises to something matchable; a logo-only asset has none. */
  private static boolean usable(String markText) {
    if (markText == null || markText.isBlank()) {
      return false;
    }
    try {
      TermIndex.compile(
          List.of(Term.of("m", "m", markText, MatchMode.PHRASE, TermSeverity.MEDIUM)), List.of());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  static String listName(String organisationId) {
    String slug = organisationId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    slug = slug.replaceAll("^-+|-+$", "");
    return ("marks-" + slug).substring(0, Math.min(64, 6 + slug.length()));
  }
}
