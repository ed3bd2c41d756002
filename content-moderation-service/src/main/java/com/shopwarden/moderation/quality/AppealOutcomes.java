package com.shopwarden.moderation.quality;

import com.shopwarden.contracts.enforcement.AppealDecided;
import com.shopwarden.contracts.enforcement.AppealOutcome;
import com.shopwarden.moderation.intake.ContentItemEntity;
import com.shopwarden.moderation.intake.ViolationKey;
import com.shopwarden.outbox.EventHandlers;
import com.shopwarden.outbox.EventInbox;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Turns enforcement's appeal outcomes into APPEAL labels of the content items the measure came
 * from: an overturned appeal says the item did not violate, an upheld one that it did. The items
 * are found through the moderation violation keys the event carries (other services' keys are not
 * ours and are skipped). Idempotent twice over: the inbox drops a redelivered event, and an appeal
 * labels an item once even if enforcement sends its outcome again under a new event id.
 */
@ApplicationScoped
public class AppealOutcomes {

  static final String CONSUMER = "content-moderation.appeal-labels";

  private static final Logger LOG = Logger.getLogger(AppealOutcomes.class);

  private final EventInbox inbox;
  private final ContentLabels labels;
  private final EventHandlers handlers =
      EventHandlers.create().on(AppealDecided.class, this::apply);

  public AppealOutcomes(EventInbox inbox, ContentLabels labels) {
    this.inbox = inbox;
    this.labels = labels;
  }

  @Incoming("appeal-decided")
  public Uni<Void> on(Message<byte[]> message) {
    return inbox.consume(CONSUMER, message, handlers);
  }

  /** Runs in the inbox's transaction. */
  Uni<Void> apply(AppealDecided event) {
    String labelledBy = "appeal:" + event.appealId();
    boolean violation = event.outcome() == AppealOutcome.UPHELD;
    return Multi.createFrom()
        .iterable(event.violationKeys())
        .onItem()
        .transformToUniAndConcatenate(
            key ->
                ViolationKey.parse(key)
                    .map(k -> label(k, event.market(), violation, labelledBy))
                    .orElseGet(() -> Uni.createFrom().voidItem()))
        .collect()
        .last()
        .replaceWithVoid();
  }

  private Uni<Void> label(ViolationKey key, String market, boolean violation, String labelledBy) {
    return ContentItemEntity.<ContentItemEntity>find(
            "sourcePlatform = ?1 and externalId = ?2 and version = ?3",
            key.platform(),
            key.externalId(),
            key.version())
        .firstResult()
        .flatMap(
            item -> {
              if (item == null || !item.market.equals(market)) {
                LOG.infof("appeal %s names no item of %s here; skipped", labelledBy, market);
                return Uni.createFrom().voidItem();
              }
              return LabelEntity.count(
                      "contentId = ?1 and source = ?2 and labelledBy = ?3",
                      item.id,
                      LabelSource.APPEAL,
                      labelledBy)
                  .flatMap(
                      existing ->
                          existing > 0
                              ? Uni.createFrom().voidItem()
                              : labels
                                  .record(
                                      new ContentLabels.Judgement(
                                          item.id,
                                          item.market,
                                          LabelSource.APPEAL,
                                          violation,
                                          key.policyCode()),
                                      labelledBy)
                                  .replaceWithVoid());
            });
  }
}
