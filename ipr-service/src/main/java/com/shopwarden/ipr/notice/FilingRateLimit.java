package com.shopwarden.ipr.notice;

import com.shopwarden.ipr.pack.IprPack;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Bounds how many notices one organisation files per hour in a market (the market's pack says how
 * many), counted from the stored notices so that the limit holds across replicas.
 */
@ApplicationScoped
public class FilingRateLimit {

  private static final Duration WINDOW = Duration.ofHours(1);

  private final NoticeRepository notices;

  public FilingRateLimit(NoticeRepository notices) {
    this.notices = notices;
  }

  /** Passes, or fails with {@link FilingRateLimited} saying when the next filing is possible. */
  public Uni<Void> check(String organisationId, IprPack pack, Instant now) {
    Instant since = now.minus(WINDOW);
    return notices
        .filedSince(organisationId, pack.market(), since)
        .chain(
            count -> {
              if (count < pack.filing().noticesPerHour()) {
                return Uni.createFrom().voidItem();
              }
              return notices
                  .oldestFiledSince(organisationId, pack.market(), since)
                  .map(
                      oldest -> {
                        long seconds =
                            Duration.between(now, oldest.receivedAt.plus(WINDOW)).toSeconds() + 1;
                        throw new FilingRateLimited(Math.max(1, seconds));
                      });
            });
  }
}
