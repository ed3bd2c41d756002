package com.shopwarden.moderation.intake;

import com.shopwarden.access.Caller;
import com.shopwarden.access.MarketAccess;
import com.shopwarden.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Reads stored decisions, within the caller's markets. */
@ApplicationScoped
public class ContentQueryService {

  private final ContentRepository items;
  private final IntakeService intake;
  private final MarketAccess access;

  public ContentQueryService(ContentRepository items, IntakeService intake, MarketAccess access) {
    this.items = items;
    this.intake = intake;
    this.access = access;
  }

  /** A page of decisions and the cursor of the next page (null on the last). */
  public record Page(List<ContentDecision> items, String nextCursor) {}

  @WithSession
  public Uni<ContentDecision> get(UUID id, Caller caller) {
    return items
        .findById(id)
        .map(
            item -> {
              if (item == null) {
                throw ProblemException.notFound("no content " + id);
              }
              access.require(caller, item.market);
              return intake.read(item);
            });
  }

  @WithSession
  public Uni<Page> ofAccount(String accountId, String cursor, int limit, Caller caller) {
    long before = parseCursor(cursor);
    List<String> markets =
        caller.markets().contains(Caller.ALL_MARKETS) ? null : List.copyOf(caller.markets());
    return items
        .ofAccount(accountId, before, markets, limit + 1)
        .map(
            found -> {
              boolean more = found.size() > limit;
              List<ContentItemEntity> page = more ? found.subList(0, limit) : found;
              String next = more ? Long.toString(page.get(page.size() - 1).seq) : null;
              return new Page(page.stream().map(intake::read).toList(), next);
            });
  }

  private static long parseCursor(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return Long.MAX_VALUE;
    }
    try {
      long value = Long.parseLong(cursor);
      if (value < 1) {
        throw ProblemException.invalidField("cursor", "not a cursor of this listing");
      }
      return value;
    } catch (NumberFormatException e) {
      throw ProblemException.invalidField("cursor", "not a cursor of this listing");
    }
  }
}
