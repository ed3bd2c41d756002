package com.shopwarden.ipr.notice;

import com.shopwarden.ipr.config.IprConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Bounds how many notices one organisation files per hour, counted from the stored notices so that
 * the limit holds across replicas.
 */
@ApplicationScoped
public class FilingRateLimit {

  private static final Duration WINDOW = Duration.ofHours(1);

  private final NoticeRepository notices;
  private final IprConfig config;

  public FilingRateLimit(NoticeRepository notices, IprConfig config) {
    this.notices = notices;
    this.config = config;
  }

  /** Passes, or fails with {@link FilingRateLimited} saying when the next filing is possible. */
  public Uni<Void> check(String organisationId, Instant now) {
    Instant since = now.minus(WINDOW);
    return notices
        .filedSince(organisationId, since)
        .chain(
            count -> {
              if (count < config.noticesPerHour()) {
                return Uni.createFrom().voidItem();
              }
              return notices
                  .find(
                      "organisationId = ?1 and receivedAt > ?2 order by receivedAt",
                      organisationId,
                      since)
                  .firstResult()
                  .map(
                      oldest -> {
                        long seconds =
                            Duration.between(now, oldest.receivedAt.plus(WINDOW)).toSeconds() + 1;
                        throw new FilingRateLimited(Math.max(1, seconds));
                      });
            });
  }
}
