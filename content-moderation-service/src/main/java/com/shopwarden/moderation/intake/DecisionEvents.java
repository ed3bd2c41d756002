package com.shopwarden.moderation.intake;

import com.shopwarden.contracts.AccountType;
import com.shopwarden.contracts.ContentKind;
import com.shopwarden.contracts.DecisionMode;
import com.shopwarden.contracts.Detection;
import com.shopwarden.contracts.Severity;
import com.shopwarden.contracts.ViolationSource;
import com.shopwarden.contracts.moderation.ContentCleared;
import com.shopwarden.contracts.moderation.ViolationConfirmed;
import com.shopwarden.market.Market;
import com.shopwarden.outbox.Outbox;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.UUID;

/**
 * The events an automated decision publishes through the outbox, in the decision's transaction.
 *
 * <p>One account answers for an item: the seller for a listing (the creator when no seller is
 * named), the creator for videos and live segments (the seller when no creator is named), the
 * seller for an image if named. A video promoting a listing does not make the seller answer for the
 * video: the listing is screened as its own item.
 */
@ApplicationScoped
public class DecisionEvents {

  private final Outbox outbox;

  public DecisionEvents(Outbox outbox) {
    this.outbox = outbox;
  }

  /** Publishes {@code ViolationConfirmed} for an automated BLOCK. */
  public Uni<Void> violation(
      ContentItemEntity item, Market market, Instant publishedAt, UUID snapshotId, Instant now) {
    Responsible who = responsible(item);
    String violationKey = ViolationKey.of(item, item.policyCode, who.type().name()).format();
    ViolationConfirmed event =
        new ViolationConfirmed(
            UUID.randomUUID(),
            item.market,
            now,
            violationKey,
            who.id(),
            who.type(),
            item.id.toString(),
            item.version,
            ContentKind.valueOf(item.kind),
            market.legalDate(publishedAt == null ? item.receivedAt : publishedAt),
            item.language,
            item.policyCode,
            Severity.valueOf(item.severity),
            Detection.AUTOMATED,
            DecisionMode.AUTOMATED,
            ViolationSource.VOLUNTARY,
            item.strategyId.toString(),
            item.strategyVersion,
            snapshotId.toString(),
            item.ean);
    return outbox.publish(event);
  }

  /**
   * Publishes {@code ViolationConfirmed} for a moderator's uphold of a flagged item: decided by a
   * person, detected by the strategy that flagged it (so the quality loop counts it for that
   * strategy), for the policy and severity the moderator chose.
   *
   * @param source TRUSTED_FLAGGER when a trusted flagger reported the item, else VOLUNTARY
   */
  public Uni<Void> humanViolation(
      ContentItemEntity item,
      Market market,
      Instant publishedAt,
      UUID snapshotId,
      String policyCode,
      Severity severity,
      ViolationSource source,
      Instant now) {
    Responsible who = responsible(item);
    String violationKey = ViolationKey.of(item, policyCode, who.type().name()).format();
    boolean flagged = item.strategyId != null;
    return outbox.publish(
        new ViolationConfirmed(
            UUID.randomUUID(),
            item.market,
            now,
            violationKey,
            who.id(),
            who.type(),
            item.id.toString(),
            item.version,
            ContentKind.valueOf(item.kind),
            market.legalDate(publishedAt == null ? item.receivedAt : publishedAt),
            item.language,
            policyCode,
            severity,
            flagged ? Detection.AUTOMATED : Detection.HUMAN,
            DecisionMode.HUMAN,
            source,
            flagged ? item.strategyId.toString() : null,
            flagged ? item.strategyVersion : null,
            snapshotId.toString(),
            item.ean));
  }

  /** Publishes {@code ContentCleared}: a new version passes where the previous was blocked. */
  public Uni<Void> cleared(ContentItemEntity item, Instant now) {
    Responsible who = responsible(item);
    return outbox.publish(
        new ContentCleared(
            UUID.randomUUID(),
            item.market,
            now,
            who.id(),
            who.type(),
            item.id.toString(),
            item.version));
  }

  public static Responsible responsible(ContentItemEntity item) {
    boolean sellerFirst =
        item.kind.equals(ContentKind.PRODUCT_LISTING.name())
            || item.kind.equals(ContentKind.IMAGE.name());
    if (sellerFirst && item.sellerAccountId != null || item.creatorAccountId == null) {
      return new Responsible(item.sellerAccountId, AccountType.SELLER);
    }
    return new Responsible(item.creatorAccountId, AccountType.CREATOR);
  }

  /** The account that answers for an item. */
  public record Responsible(String id, AccountType type) {}
}
